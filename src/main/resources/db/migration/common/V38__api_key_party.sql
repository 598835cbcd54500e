-- A key may be limited to one host Party (ISO 3166 alpha-3): its holder orders and fetches that
-- Party's reports only. No Party: every Party, as before.
ALTER TABLE api_key ADD COLUMN party VARCHAR(3);
