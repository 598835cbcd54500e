-- How many underlying units one ITMO stands for. One for credits of one tonne a unit; a programme
-- that counts in kilograms with a declared conversion has 1,000 units an ITMO, since an ITMO is one
-- t CO2e. quantity stays the ITMO count (t CO2e); the unit count is quantity x units_per_itmo.
ALTER TABLE itmo_pair ADD COLUMN units_per_itmo BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE itmo_pair DROP CONSTRAINT ck_itmo_pair_units;
ALTER TABLE itmo_pair ADD CONSTRAINT ck_itmo_pair_units CHECK (unit_end >= unit_start AND units_per_itmo >= 1
    AND quantity * units_per_itmo = unit_end - unit_start + 1);

ALTER TABLE itmo_withdrawal ADD COLUMN units_per_itmo BIGINT DEFAULT 1 NOT NULL;
