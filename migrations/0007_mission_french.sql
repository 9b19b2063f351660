-- A mission's official French name and mandate, shown in the French interface. Empty when a
-- mission has none; the screens then show the English ones.
ALTER TABLE missions ADD COLUMN name_fr TEXT NOT NULL DEFAULT '';
ALTER TABLE missions ADD COLUMN mandate_fr TEXT NOT NULL DEFAULT '';
