-- Held-back records take their ids from a sequence handing out 500 a call: see the H2 version of
-- this file. setval(…, false): the next nextval returns exactly 500 above the largest id.
CREATE SEQUENCE held_back_seq INCREMENT BY 500;
SELECT setval('held_back_seq', (SELECT COALESCE(MAX(id), 0) + 500 FROM held_back), false);
ALTER TABLE held_back ALTER COLUMN id DROP IDENTITY;
ALTER TABLE held_back ALTER COLUMN id SET DEFAULT nextval('held_back_seq');
