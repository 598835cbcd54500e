-- Commands that wait for a person's decision before they may be sent: each command's kind (what
-- the approval rules are written on), and who decided it, when, and why. Existing rows were
-- decided before approvals existed: their kind is read from the operation.
ALTER TABLE outbox_command ADD COLUMN kind VARCHAR(30);
ALTER TABLE outbox_command ADD COLUMN decided_by VARCHAR(200);
ALTER TABLE outbox_command ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox_command ADD COLUMN decision_comment VARCHAR(1000);
UPDATE outbox_command SET kind = 'LABEL' WHERE operation IN ('applyLabel', 'removeLabel');
UPDATE outbox_command SET kind = 'ITMO_REFERENCE' WHERE operation IN ('attachItmoReference', 'removeItmoReference');
UPDATE outbox_command SET kind = 'ITMO_PAIR' WHERE operation = 'registerItmoPair';
UPDATE outbox_command SET kind = 'ITMO_WITHDRAWAL' WHERE operation = 'withdrawItmoPair';
UPDATE outbox_command SET kind = 'LABEL' WHERE kind IS NULL;
ALTER TABLE outbox_command ALTER COLUMN kind SET NOT NULL;
-- A pair whose registration an officer rejected is never issued: it stands for nothing, and its
-- ITMO identifiers and units are not minted again while the rejection stands.
ALTER TABLE itmo_pair ADD COLUMN rejected_at TIMESTAMP WITH TIME ZONE;
