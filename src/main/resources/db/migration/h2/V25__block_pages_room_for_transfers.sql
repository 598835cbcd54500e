-- PostgreSQL's copy of this version leaves room on credit_block's pages for heap-only updates. H2
-- has no such setting (it copies a changed row's page whole), so nothing changes here; the file
-- keeps the two vendors' versions in step.
SELECT 1;
