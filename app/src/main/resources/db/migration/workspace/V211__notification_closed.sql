-- A notification whose matter was settled elsewhere (an account approved by another
-- administrator) is closed: it no longer counts as unread for anyone and shows as done.
ALTER TABLE wsp_notification ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
