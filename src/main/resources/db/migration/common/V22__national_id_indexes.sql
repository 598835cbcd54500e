-- The national feed's pages look up the records they hold by id, a page's ids at a time
-- ("... IN (...)"). H2 answers an IN list through an index only when its column leads the index;
-- the unique constraints lead with the source registry, so each page scanned every stored
-- authorization, action or adjustment and compared it with every id of the page (the stored
-- authorizations alone: 1.5 s of a 100,000-record feed). These indexes lead with the id; the
-- source registry is checked as the rows come.
CREATE INDEX ix_a6_authorization_id ON a6_authorization (authorization_id);
CREATE INDEX ix_itmo_action_id ON itmo_action (action_id);
CREATE INDEX ix_corresponding_adjustment_id ON corresponding_adjustment (adjustment_id);
