-- Attune schema, SQLite flavour. Times are ISO-8601 UTC text of fixed width (yyyy-MM-ddTHH:mm:ss.fffffffZ), so text
-- order is time order; booleans are 0/1 integers. The PostgreSQL migration of the same number is the same schema.

CREATE TABLE interactions (
    id               INTEGER PRIMARY KEY,
    external_id      TEXT UNIQUE,
    advisor_id       TEXT,
    advisor_name     TEXT,
    team_id          TEXT,
    customer_id      TEXT,
    channel          TEXT    NOT NULL,
    started_at       TEXT    NOT NULL,
    duration_seconds REAL,
    score            REAL,
    auto_failed      INTEGER NOT NULL DEFAULT 0,
    sentiment        REAL,
    sentiment_trend  REAL,
    journey          TEXT,
    distressed       INTEGER NOT NULL DEFAULT 0,
    audio_path       TEXT,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
-- The list's default order and every time-bounded aggregate; per advisor (profiles, advisor scope) and per team.
CREATE INDEX ix_interactions_started ON interactions (started_at, id);
CREATE INDEX ix_interactions_advisor ON interactions (advisor_id, started_at);
CREATE INDEX ix_interactions_team ON interactions (team_id, started_at);
CREATE INDEX ix_interactions_journey ON interactions (journey, started_at);

-- The large texts live beside the row, not in it: interactions stays narrow (about 150 bytes a row), so the
-- aggregates and filtered lists over 100,000 interactions read few pages.
CREATE TABLE interaction_documents (
    id            INTEGER PRIMARY KEY REFERENCES interactions (id) ON DELETE CASCADE,
    transcript    TEXT NOT NULL,
    analysis_json TEXT NOT NULL
);

-- Full-text search over the redacted transcript: an external-content FTS5 table kept in step by triggers
-- (its rowid is the interaction id).
CREATE VIRTUAL TABLE interactions_fts USING fts5 (
    transcript, content = 'interaction_documents', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER interactions_fts_insert AFTER INSERT ON interaction_documents BEGIN
    INSERT INTO interactions_fts (rowid, transcript) VALUES (new.id, new.transcript);
END;
CREATE TRIGGER interactions_fts_delete AFTER DELETE ON interaction_documents BEGIN
    INSERT INTO interactions_fts (interactions_fts, rowid, transcript) VALUES ('delete', old.id, old.transcript);
END;
CREATE TRIGGER interactions_fts_update AFTER UPDATE OF transcript ON interaction_documents BEGIN
    INSERT INTO interactions_fts (interactions_fts, rowid, transcript) VALUES ('delete', old.id, old.transcript);
    INSERT INTO interactions_fts (rowid, transcript) VALUES (new.id, new.transcript);
END;

-- Signals and criteria are WITHOUT ROWID tables: the rows of one interaction sit together in primary-key order, so
-- an aggregate joining them from a range of interactions reads each interaction's rows in one b-tree descent.
CREATE TABLE interaction_signals (
    interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    signal         TEXT    NOT NULL,
    count          INTEGER NOT NULL,
    started_at     TEXT    NOT NULL,
    PRIMARY KEY (interaction_id, signal)
) WITHOUT ROWID;
-- Both "interactions with signal X" and the signal distribution over everyone read this index alone (started_at is the
-- interaction's, copied because an upsert rewrites these rows anyway).
CREATE INDEX ix_signals_signal ON interaction_signals (signal, started_at, interaction_id, count);

CREATE TABLE interaction_criteria (
    interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    criterion_id   TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    outcome        TEXT    NOT NULL,
    score          REAL,
    weight         REAL    NOT NULL,
    started_at     TEXT    NOT NULL,
    PRIMARY KEY (interaction_id, criterion_id)
) WITHOUT ROWID;
-- Criterion totals over everyone (the overview's biggest gaps) read only this index, grouped in its order: no join,
-- no sort. started_at is the interaction's, copied because an upsert rewrites these rows anyway.
CREATE INDEX ix_criteria_totals ON interaction_criteria (criterion_id, outcome, name, started_at);

CREATE TABLE criterion_overrides (
    interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    criterion_id   TEXT    NOT NULL,
    outcome        TEXT    NOT NULL,
    comment        TEXT    NOT NULL,
    user_id        TEXT    NOT NULL,
    at             TEXT    NOT NULL,
    PRIMARY KEY (interaction_id, criterion_id)
) WITHOUT ROWID;

CREATE TABLE disputes (
    id               INTEGER PRIMARY KEY,
    interaction_id   INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    criterion_id     TEXT    NOT NULL,
    advisor_user_id  TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    comment          TEXT    NOT NULL,
    resolved_by      TEXT,
    resolution       TEXT,
    created_at       TEXT    NOT NULL,
    resolved_at      TEXT
);
CREATE INDEX ix_disputes_interaction ON disputes (interaction_id);
CREATE INDEX ix_disputes_status ON disputes (status, created_at);

CREATE TABLE calibration_scores (
    interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    user_id        TEXT    NOT NULL,
    criterion_id   TEXT    NOT NULL,
    outcome        TEXT    NOT NULL,
    comment        TEXT    NOT NULL,
    at             TEXT    NOT NULL,
    PRIMARY KEY (interaction_id, user_id, criterion_id)
);

CREATE TABLE coaching_notes (
    id              INTEGER PRIMARY KEY,
    advisor_id      TEXT    NOT NULL,
    author_user_id  TEXT    NOT NULL,
    text            TEXT    NOT NULL,
    interaction_id  INTEGER REFERENCES interactions (id) ON DELETE SET NULL,
    at              TEXT    NOT NULL
);
CREATE INDEX ix_coaching_advisor ON coaching_notes (advisor_id, at);

CREATE TABLE exemplar_pins (
    id              INTEGER PRIMARY KEY,
    interaction_id  INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    turn            INTEGER,
    journey         TEXT    NOT NULL,
    signal          TEXT,
    note            TEXT    NOT NULL,
    pinned_by       TEXT    NOT NULL,
    at              TEXT    NOT NULL
);
CREATE INDEX ix_pins_journey ON exemplar_pins (journey, at);

CREATE TABLE teams (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE users (
    id            TEXT    PRIMARY KEY,
    user_name     TEXT    NOT NULL UNIQUE,
    display_name  TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,
    role          INTEGER NOT NULL,
    team_id       TEXT,
    advisor_id    TEXT,
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT    NOT NULL
);

CREATE TABLE api_keys (
    id          TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    secret_hash TEXT    NOT NULL UNIQUE,
    role        INTEGER NOT NULL,
    created_by  TEXT,
    created_at  TEXT    NOT NULL,
    revoked     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE audit_log (
    id             INTEGER PRIMARY KEY,
    at             TEXT    NOT NULL,
    actor          TEXT    NOT NULL,
    action         TEXT    NOT NULL,
    interaction_id INTEGER,
    detail         TEXT    NOT NULL
);
CREATE INDEX ix_audit_interaction ON audit_log (interaction_id, id);

CREATE TABLE scorecards (
    id         TEXT    PRIMARY KEY,
    name       TEXT    NOT NULL,
    yaml       TEXT    NOT NULL,
    active     INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT    NOT NULL,
    updated_by TEXT
);

CREATE TABLE glossary (
    term        TEXT PRIMARY KEY,
    alternative TEXT NOT NULL,
    note        TEXT
);
