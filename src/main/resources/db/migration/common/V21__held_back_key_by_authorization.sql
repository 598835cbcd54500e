-- A held-back record's key was the SHA-256 of what it says: each of the ~475,000 records a
-- million-block first sync holds back went to a random page of uq_held_back. The key now starts
-- with the record's authorization id (HeldBackSettlement.key), so the records one decision states
-- sit together; the stored keys get the same prefix, and keep identifying the same records.
ALTER TABLE held_back ALTER COLUMN record_key SET DATA TYPE VARCHAR(170);
UPDATE held_back SET record_key = COALESCE(authorization_id, '-') || '|' || record_key;
