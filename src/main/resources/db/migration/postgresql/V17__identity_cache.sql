-- H2's copy of this version enlarges the identity caches of the bulk-inserted tables: H2 commits
-- its store each time a cache of identity values runs out. PostgreSQL's nextval writes nothing to
-- the table's transaction, and a cache there would be per session, which would let a later
-- decision_change row take a smaller number than one before it (DecisionChanges relies on their
-- order). So nothing changes here; the file keeps the two vendors' versions in step.
SELECT 1;
