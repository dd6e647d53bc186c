-- series_freq.sql - the frequency a series is stored at, if it exists: a
-- release holding one date of it (2024-01-01) is read at that frequency.
SELECT freq FROM series WHERE code = :code;
