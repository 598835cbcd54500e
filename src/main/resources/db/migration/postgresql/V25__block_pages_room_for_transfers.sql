-- A transfer changes a block's holder, version and time, none of them indexed (BlockWrites.transfer).
-- PostgreSQL can then write the new row version on the same page without touching the table's six
-- indexes (a heap-only update), but only if the page has room: filled to the brim, every transfer
-- went to another page and into every index. Pages are now filled to 90 %, leaving room for the
-- holder changes a registry publishes most. Applies to pages written from now on.
ALTER TABLE credit_block SET (fillfactor = 90);
