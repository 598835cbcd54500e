-- Authorizations take their ids from a sequence handing out 500 a call, as V13 made the ingest's
-- other tables do: with an identity column Hibernate inserts each new authorization at once to
-- learn its id, one statement per row, never batched. A million-block world's national feed
-- holds ~25,000 authorizations: on PostgreSQL those single inserts, a round trip each, were a
-- third of the national ingest (jstack samples, docs/BENCHMARKS.md). The sequence starts 500
-- above the largest id, a value v standing for v-499..v (Hibernate's pooled optimizer).
-- PostgreSQL's version of this file says the same with setval.
CREATE SEQUENCE a6_authorization_seq INCREMENT BY 500;
ALTER SEQUENCE a6_authorization_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 500 FROM a6_authorization);
ALTER TABLE a6_authorization ALTER COLUMN id DROP IDENTITY;
ALTER TABLE a6_authorization ALTER COLUMN id SET DEFAULT NEXT VALUE FOR a6_authorization_seq;
