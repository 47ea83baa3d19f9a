-- Named settings stored as text (e.g. the live alert rules YAML, key "live.alert_rules").
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
