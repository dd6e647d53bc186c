-- claim_insert.sql - one figure of one document. Empty text parameters arrive
-- as NULL (store_bind), so "unknown" is always NULL, never ''.
INSERT INTO claim (document, seq, start_off, end_off, sent_start, sent_end, text,
                   kind, value, precision, unit, per, approx, direction, measure,
                   period, flow, reporter, partner, commodity)
VALUES (:document, :seq, :start, :end, :sent_start, :sent_end, :text,
        :kind, :value, :precision, :unit, :per, :approx, :direction, :measure,
        :period, :flow, :reporter, :partner, :commodity);
