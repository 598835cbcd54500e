-- An API key may be made to stop working at a set time, as well as revoked by hand.
ALTER TABLE api_key ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
