-- Authorizations take their ids from a sequence handing out 500 a call: see the H2 version of
-- this file. setval(…, false): the next nextval returns exactly 500 above the largest id.
CREATE SEQUENCE a6_authorization_seq INCREMENT BY 500;
SELECT setval('a6_authorization_seq', (SELECT COALESCE(MAX(id), 0) + 500 FROM a6_authorization), false);
ALTER TABLE a6_authorization ALTER COLUMN id DROP IDENTITY;
ALTER TABLE a6_authorization ALTER COLUMN id SET DEFAULT nextval('a6_authorization_seq');
