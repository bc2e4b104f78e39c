package org.kuzet.interdiction.internal.demo;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.kuzet.identity.AgencyCode;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostKind;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.web.Countries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo installation's posts: seven highway checkpoints on the main northbound corridors and
 * the crossing points on the southern borders with Kyrgyzstan, Uzbekistan and Turkmenistan.
 *
 * <p>The 2009 checkpoint locations are not public: each checkpoint is placed at the midpoint of a
 * corridor segment of {@code shared/data/geo/kz_highway_corridors_2009.geojson} (schematic
 * corridors between GeoNames town points) and marked illustrative. Crossing names, neighbour posts
 * and regions are copied from {@code shared/data/geo/kz_border_crossings.csv}; where that file
 * gives a reference settlement the crossing is placed there, otherwise at an approximate point near
 * the border in its district. Every demo post is marked illustrative.
 */
@Component
public class DemoPosts {

  private static final Logger log = LoggerFactory.getLogger(DemoPosts.class);
  private static final AgencyCode CDC = AgencyCode.DRUG_CONTROL_COMMITTEE;
  private static final AgencyCode BG = AgencyCode.BORDER_GUARDS;

  /** Midpoint of the corridor segment between two waypoints of the corridors file. */
  private static Post checkpoint(
      String code, String name, String section, String regionIso, String regionName,
      double lon1, double lat1, double lon2, double lat2, String segment, String register) {
    return new Post(
        0, code, name, PostKind.CHECKPOINT, CDC, section, regionIso, regionName, null, null,
        round((lat1 + lat2) / 2), round((lon1 + lon2) / 2), true,
        "Illustrative: midpoint of the " + section + " segment " + segment
            + " (schematic corridor, kz_highway_corridors_2009.geojson)",
        register);
  }

  private static Post crossing(
      String code, String name, String neighbourPost, String iso2, String regionIso,
      String regionName, double lat, double lon, String placement) {
    return new Post(
        0, code, name, PostKind.CROSSING, BG, "KZ-" + iso2, regionIso, regionName, Countries.code(iso2).orElseThrow(),
        neighbourPost, lat, lon, true,
        "Illustrative location (" + placement + "); name and neighbour post from"
            + " kz_border_crossings.csv",
        REGISTER.get(code));
  }

  /** Crossing points as the program office's equipment register names them. */
  private static final Map<String, String> REGISTER = Map.of(
      "BCP-KORDAY", "Border crossing point Korday (Kyrgyz border)",
      "BCP-ZHIBEK-ZHOLY", "Border crossing point Zhibek Zholy (Uzbek border)",
      "BCP-TAZHEN", "Border crossing point Tazhen (Turkmen border)");

  private static double round(double v) {
    return Math.round(v * 1e5) / 1e5;
  }

  public static final List<Post> ALL =
      List.of(
          checkpoint("CP-M39-MERKE", "Merke–Taraz", "M39", "KZ-ZHA", "Jambyl Region",
              73.18463, 42.86976, 71.36667, 42.9, "Merke–Taraz", "Checkpoint Merke"),
          checkpoint("CP-M39-KORDAI", "Kordai–Almaty", "M39", "KZ-ALM", "Almaty Region",
              74.706657, 43.0477, 76.92861, 43.25667, "Kordai–Almaty", "Checkpoint Kordai"),
          checkpoint("CP-M39-TYULKUBAS", "Tyulkubas–Shymkent", "M39", "KZ-YUZ",
              "South Kazakhstan Region", 70.29601, 42.48578, 69.6, 42.3, "Tyulkubas–Shymkent",
              "Checkpoint Shymkent"),
          checkpoint("CP-M32-SHIELI", "Shieli–Yanykurgan", "M32", "KZ-KZY", "Kyzylorda Region",
              66.73887, 44.16882, 67.24637, 43.90652, "Shieli–Yanykurgan", "Checkpoint Kyzylorda"),
          checkpoint("CP-M32-ARAL", "Aral–Qazaly", "M32", "KZ-KZY", "Kyzylorda Region",
              61.66667, 46.8, 62.1075, 45.76278, "Aral–Qazaly", "Checkpoint Aralsk"),
          checkpoint("CP-M36-KARAGANDA", "Karagandy–Balqash", "M36", "KZ-KAR", "Karaganda Region",
              73.10211, 49.80187, 74.995, 46.84806, "Karagandy–Balqash", "Checkpoint Karaganda"),
          checkpoint("CP-A1-PETROPAVL", "Kokshetau–Petropavl", "A1", "KZ-SEV",
              "North Kazakhstan Region", 69.4, 53.28333, 69.15, 54.86667, "Kokshetau–Petropavl",
              "Checkpoint Petropavlovsk"),
          // Kyrgyzstan
          crossing("BCP-KORDAY", "Korday (Kordai-avtodorozhny)", "Ak-Zhol", "KG", "KZ-ZHA",
              "Jambyl Region", 43.0477, 74.706657, "reference settlement Kordai"),
          crossing("BCP-AISHA-BIBI", "Aisha-Bibi", "Chon-Kapka", "KG", "KZ-ZHA", "Jambyl Region",
              42.70, 71.23, "approximate, Zhambyl district near the border"),
          crossing("BCP-AUKHATTY", "Aukhatty", "Kenbulyn (Ken-Bulun)", "KG", "KZ-ZHA",
              "Jambyl Region", 42.88, 74.13, "approximate, Kordai district near the border"),
          crossing("BCP-SARTOBE", "Sartobe", "Tokmok", "KG", "KZ-ZHA", "Jambyl Region",
              42.87, 75.28, "approximate, Kordai district near the border"),
          crossing("BCP-KEGEN", "Kegen", "Karkyra", "KG", "KZ-ALM", "Almaty Region",
              43.02143, 79.22055, "reference settlement Kegen; the crossing lies further south-east"),
          // Uzbekistan
          crossing("BCP-ZHIBEK-ZHOLY", "Zhibek Zholy", "Gisht-Kuprik", "UZ", "KZ-YUZ",
              "South Kazakhstan Region", 41.46042, 69.16791, "reference settlement Saryaghash"),
          crossing("BCP-KONYSBAYEV", "B. Konysbayev", "Yallama", "UZ", "KZ-YUZ",
              "South Kazakhstan Region", 41.25, 69.26, "approximate, Keles district"),
          crossing("BCP-KAZYGURT", "Kazygurt", "(UZ post)", "UZ", "KZ-YUZ",
              "South Kazakhstan Region", 41.56, 69.64, "approximate, Kazygurt district"),
          crossing("BCP-ATAMEKEN", "Atameken", "Gulistan", "UZ", "KZ-YUZ",
              "South Kazakhstan Region", 40.60, 68.70, "approximate, Maktaaral district"),
          crossing("BCP-TSELINNY", "Tselinny", "Ok Oltin", "UZ", "KZ-YUZ",
              "South Kazakhstan Region", 40.75, 68.20, "approximate, Maktaaral district"),
          crossing("BCP-SYRDARYA", "Syrdarya", "Malik", "UZ", "KZ-YUZ",
              "South Kazakhstan Region", 40.95, 68.50, "approximate; district not known"),
          crossing("BCP-TAZHEN", "Tazhen", "(Karakalpakstan post)", "UZ", "KZ-MAN",
              "Mangystau Region", 45.00, 56.00, "approximate, Beyneu district"),
          // Turkmenistan
          crossing("BCP-TEMIR-BABA", "Temir-Baba", "(TM post)", "TM", "KZ-MAN",
              "Mangystau Region", 41.97, 53.63, "approximate, south of Zhanaozen"));

  /** Demo accounts assigned to a post: each officer works at one. */
  static final Map<String, String> STAFF =
      Map.of("officer.cdc", "CP-M39-MERKE", "guard.bg", "BCP-KORDAY");

  private final Posts posts;
  private final Clock clock;

  DemoPosts(Posts posts, Clock clock) {
    this.posts = posts;
    this.clock = clock;
  }

  /** Adds the demo posts (and staff) that are not there yet; safe to call again. */
  @Transactional
  public int ensurePresent() {
    int added = 0;
    for (Post p : ALL) {
      if (posts.byCode(p.code()).isEmpty()) {
        posts.insert(p, clock.instant());
        added++;
      }
    }
    STAFF.forEach(
        (user, code) -> posts.assign(posts.byCode(code).orElseThrow().id(), user, clock.instant()));
    if (added > 0) {
      log.info("interdiction demo: added {} illustrative posts", added);
    }
    return added;
  }
}
