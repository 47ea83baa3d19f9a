-- Issue 5: a live interaction that ended before its natural end (idle, or its client disconnected) is stored and
-- scored as far as it went, and marked incomplete.
ALTER TABLE interactions ADD COLUMN incomplete boolean NOT NULL DEFAULT false;
