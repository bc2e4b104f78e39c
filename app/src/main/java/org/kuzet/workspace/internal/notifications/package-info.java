/**
 * The notification center: storage, each user's list and unread count, the live stream, the "my
 * notifications" home panel, and the listeners that turn other modules' events into notifications.
 */
@NullMarked
package org.kuzet.workspace.internal.notifications;

import org.jspecify.annotations.NullMarked;
