-- An alert's amount is the sum of its transactions' paid amounts; it carries their currency when
-- they share one (NULL when they are in several currencies, and the page says so).
ALTER TABLE fin_alert ADD COLUMN currency CHAR(3);
UPDATE fin_alert SET currency = (
    SELECT CASE WHEN COUNT(DISTINCT t.paid_currency) = 1 THEN MIN(t.paid_currency) END
    FROM fin_alert_transaction x JOIN fin_transaction t ON t.id = x.transaction_id
    WHERE x.alert_id = fin_alert.id);
