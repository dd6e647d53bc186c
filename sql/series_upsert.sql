-- series_upsert.sql - a series by code, created on first sight. Metadata a
-- release leaves empty keeps what an earlier release said; metadata it gives
-- fills in or corrects the description (values are never touched here).
-- adjustment, price and aggregation say what the series is (sa/nsa,
-- real/nominal, sum/mean over time), from the file or import's options.
INSERT INTO series (code, title, unit, reporter, partner, flow, commodity, measure, freq,
                    adjustment, price, aggregation)
VALUES (:code, :title, :unit, :reporter, :partner, :flow, :commodity,
        coalesce(:measure, 'level'), :freq, :adjustment, :price, :aggregation)
ON CONFLICT (code) DO UPDATE SET
	title       = coalesce(excluded.title, series.title),
	unit        = coalesce(excluded.unit, series.unit),
	reporter    = coalesce(excluded.reporter, series.reporter),
	partner     = coalesce(excluded.partner, series.partner),
	flow        = coalesce(excluded.flow, series.flow),
	commodity   = coalesce(excluded.commodity, series.commodity),
	measure     = CASE WHEN :measure IS NULL THEN series.measure ELSE excluded.measure END,
	freq        = coalesce(excluded.freq, series.freq),
	adjustment  = coalesce(excluded.adjustment, series.adjustment),
	price       = coalesce(excluded.price, series.price),
	aggregation = coalesce(excluded.aggregation, series.aggregation)
RETURNING id;
