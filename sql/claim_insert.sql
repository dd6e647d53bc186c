-- claim_insert.sql - one figure of one document. Empty text parameters arrive
-- as NULL (store_bind), so "unknown" is always NULL, never ''. The basis
-- (adjustment, price, basis, status) and the sources of the subject and period
-- (*_src) are NULL when the parser did not say (schema version 2).
INSERT INTO claim (document, seq, start_off, end_off, sent_start, sent_end, text,
                   kind, value, precision, unit, per, approx, direction, measure,
                   period, flow, reporter, partner, commodity,
                   adjustment, price, basis, status,
                   reporter_src, partner_src, flow_src, period_src)
VALUES (:document, :seq, :start, :end, :sent_start, :sent_end, :text,
        :kind, :value, :precision, :unit, :per, :approx, :direction, :measure,
        :period, :flow, :reporter, :partner, :commodity,
        :adjustment, :price, :basis, :status,
        :reporter_src, :partner_src, :flow_src, :period_src);
