package org.kuzet.interdiction.internal.inspection;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.internal.post.InspectionId;
import org.kuzet.interdiction.internal.post.PostId;

/**
 * A live alert to acknowledge: for everyone at a post ({@code recipient} null, seen by the post's
 * agency) or for one person (the lookout's issuer). {@code summary} is the English sentence kept
 * for the record and the API; {@code facts} word it in the reader's language (null for alerts
 * stored before facts were kept, which show their sentence).
 */
public record Alert(
    long id,
    AlertKind kind,
    PostId postId,
    AgencyCode agency,
    @Nullable String recipient,
    InspectionId inspectionId,
    long hitId,
    @Nullable LookoutId lookoutId,
    String summary,
    @Nullable AlertSummary facts,
    Instant createdAt,
    @Nullable String acknowledgedBy,
    @Nullable Instant acknowledgedAt) {

  public boolean acknowledged() {
    return acknowledgedAt != null;
  }
}
