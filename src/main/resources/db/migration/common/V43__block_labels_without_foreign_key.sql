-- A block's labels are written by the block writer alone, in the transaction that writes the block,
-- and deleted by it with the block, so the foreign key only checked what that one writer already
-- guarantees, at a price paid per label row: on PostgreSQL each check reads the block through its
-- primary key and locks it FOR KEY SHARE, writing the lock into the block's row, so a first load
-- wrote every labelled block's page again and left those rows for every later reader to resolve
-- (the figures are in docs/benchmarks-history.md). The table is rebuilt rather than its constraint
-- dropped because on H2 the constraint carries a generated name.
CREATE TABLE credit_block_label_new (
    block_pk         BIGINT       NOT NULL,
    code             VARCHAR(40)  NOT NULL,
    label_text       VARCHAR(200) NOT NULL,
    authorization_id VARCHAR(100),
    CONSTRAINT pk_credit_block_label PRIMARY KEY (block_pk, code)
);
INSERT INTO credit_block_label_new (block_pk, code, label_text, authorization_id)
    SELECT block_pk, code, label_text, authorization_id FROM credit_block_label;
DROP TABLE credit_block_label;
ALTER TABLE credit_block_label_new RENAME TO credit_block_label;
