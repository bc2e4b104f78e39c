package org.kuzet.interdiction.internal.lookout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.interdiction.LookoutId;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;

/**
 * A warning to the posts to watch for a vehicle or a person, from issue to expiry; the first step
 * of the warning, feedback, seizure cycle.
 *
 * @param postIds the chosen posts when {@code scope} is POSTS; empty otherwise
 */
public record Lookout(
    LookoutId id,
    LookoutSubject subject,
    @Nullable String plate,
    @Nullable String plateKey,
    @Nullable String personName,
    @Nullable String nameKey,
    @Nullable LocalDate birthDate,
    @Nullable String documentNumber,
    String reason,
    LookoutScope scope,
    @Nullable String regionIso,
    Set<PostId> postIds,
    String issuedBy,
    AgencyCode issuerAgency,
    Instant issuedAt,
    Instant expiresAt,
    @Nullable Instant cancelledAt) {

  public Lookout {
    Objects.requireNonNull(subject, "subject");
    postIds = Set.copyOf(postIds);
  }

  public boolean activeAt(Instant t) {
    return cancelledAt == null && t.isBefore(expiresAt);
  }

  /** Whether the lookout goes to this post. */
  public boolean reaches(Post post) {
    return switch (scope) {
      case ALL -> true;
      case REGION -> post.regionIso().equals(regionIso);
      case POSTS -> postIds.contains(post.id());
    };
  }

  /** What the lookout is about, as a short label: the plate or the name. */
  public String label() {
    return subject == LookoutSubject.VEHICLE ? String.valueOf(plate) : String.valueOf(personName);
  }
}
