package org.kuzet.interdiction.internal.seizure;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.interdiction.internal.inspection.InterdictionAccess;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.workspace.HomePanel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * "Seizure map": the oblasts of the shipped GeoJSON with the posts of the user's agency placed by
 * their coordinates, each circle sized by the seizures recorded there in the last year, and the
 * same figures as a compact table. Drawn as server-side SVG: a glance on the home page needs no map
 * library and no tiles (the seizure analysis page has the interactive map).
 */
@Component
class SeizureMapPanel implements HomePanel {

  /** A post on the map: position and radius in the SVG's 420 x 240 box. */
  record Dot(
      PostId postId,
      String code,
      String name,
      double x,
      double y,
      double r,
      int seizures,
      BigDecimal kg) {}

  // Kazakhstan's extent; 10 units per degree of longitude and 15 per degree of latitude keep
  // the shape about right at 48 degrees north (cos 48 = 0.67).
  private static final double WEST = 46, NORTH = 56;
  static final String OBLASTS = "static/geo/kaz_adm1_oblasts_2009_lowres.geojson";
  private static final Logger log = LoggerFactory.getLogger(SeizureMapPanel.class);

  private final Posts posts;
  private final JdbcClient jdbc;
  private final Clock clock;
  private volatile @Nullable String outline;

  SeizureMapPanel(Posts posts, JdbcClient jdbc, Clock clock) {
    this.clock = clock;
    this.posts = posts;
    this.jdbc = jdbc;
  }

  @Override
  public String id() {
    return "interdiction-seizure-map";
  }

  @Override
  public String titleKey() {
    return "interdiction.panel.seizureMap";
  }

  @Override
  public String fragment() {
    return "interdiction/seizure-map-panel :: map";
  }

  @Override
  public boolean visibleTo(KuzetUser user) {
    return InterdictionAccess.ROLES.stream().anyMatch(user::has);
  }

  @Override
  public Map<String, Object> model(KuzetUser user) {
    List<Post> mine = posts.operatedBy(user.agency());
    record Tally(int seizures, BigDecimal kg) {}
    Map<PostId, Tally> tally = new HashMap<>();
    if (!mine.isEmpty()) {
      jdbc.sql(
              """
              SELECT post_id, COUNT(*) AS n,
                COALESCE(SUM(CASE WHEN unit = 'KG' THEN quantity ELSE 0 END), 0) AS kg
              FROM intd_seizure WHERE agency_code = :agency AND seized_at >= :since
              GROUP BY post_id""")
          .param("agency", user.agency().value())
          .param("since", clock.instant().minus(Duration.ofDays(365)).atOffset(ZoneOffset.UTC))
          .query(
              (rs, i) ->
                  Map.entry(
                      new PostId(rs.getLong("post_id")),
                      new Tally(rs.getInt("n"), rs.getBigDecimal("kg"))))
          .list()
          .forEach(e -> tally.put(e.getKey(), e.getValue()));
    }
    List<Dot> dots =
        mine.stream()
            .map(
                p -> {
                  Tally t = tally.getOrDefault(p.id(), new Tally(0, BigDecimal.ZERO));
                  return new Dot(
                      p.id(),
                      p.code(),
                      p.name(LocaleContextHolder.getLocale()),
                      clamp((p.longitude() - WEST) * 10, 420),
                      clamp((NORTH - p.latitude()) * 15, 240),
                      3 + 3 * Math.sqrt(t.seizures()),
                      t.seizures(),
                      t.kg());
                })
            .sorted((a, b) -> Integer.compare(b.seizures(), a.seizures()))
            .toList();
    return Map.of("dots", dots, "outline", outline(), "analyst", user.has(Role.ANALYST));
  }

  /**
   * The oblast borders as one SVG path, read once; empty when the file is not shipped. Only one
   * thread reads the file: when many people open their home page at once after a restart, the
   * others wait for it rather than each parse the same GeoJSON.
   */
  String outline() {
    String d = outline;
    if (d == null) {
      synchronized (this) {
        d = outline;
        if (d == null) {
          d = readOutline();
          outline = d;
        }
      }
    }
    return d;
  }

  private static String readOutline() {
    var resource = new ClassPathResource(OBLASTS);
    if (!resource.exists()) {
      return "";
    }
    var path = new StringBuilder();
    try (InputStream in = resource.getInputStream()) {
      for (JsonNode feature : new ObjectMapper().readTree(in).path("features")) {
        JsonNode geometry = feature.path("geometry");
        JsonNode coordinates = geometry.path("coordinates");
        if ("Polygon".equals(geometry.path("type").asString())) {
          rings(coordinates, path);
        } else if ("MultiPolygon".equals(geometry.path("type").asString())) {
          for (JsonNode polygon : coordinates) {
            rings(polygon, path);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      log.warn("cannot draw the oblasts from {}: {}", OBLASTS, e.getMessage());
      return "";
    }
    return path.toString().strip();
  }

  /** Appends each ring as a closed sub-path, skipping points that round to the previous one. */
  private static void rings(JsonNode polygon, StringBuilder path) {
    for (JsonNode ring : polygon) {
      String previous = null;
      boolean first = true;
      for (JsonNode point : ring) {
        String xy =
            clamp((point.get(0).asDouble() - WEST) * 10, 420)
                + " "
                + clamp((NORTH - point.get(1).asDouble()) * 15, 240);
        if (xy.equals(previous)) {
          continue;
        }
        path.append(first ? "M" : "L").append(xy).append(' ');
        previous = xy;
        first = false;
      }
      path.append("Z ");
    }
  }

  private static double clamp(double v, double max) {
    return Math.max(0, Math.min(max, Math.round(v * 10) / 10.0));
  }

  @Override
  public int defaultOrder() {
    return 12;
  }
}
