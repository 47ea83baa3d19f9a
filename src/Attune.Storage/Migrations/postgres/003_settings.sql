-- Named settings stored as text (e.g. the live alert rules YAML, key "live.alert_rules").
CREATE TABLE settings (
    key        text PRIMARY KEY,
    value      text NOT NULL,
    updated_at timestamptz NOT NULL
);
