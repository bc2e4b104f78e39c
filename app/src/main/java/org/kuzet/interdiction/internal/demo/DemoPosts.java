package org.kuzet.interdiction.internal.demo;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.PostKind;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.web.Countries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo installation's posts: seven highway checkpoints on the main northbound corridors and the
 * crossing points on the southern borders with Kyrgyzstan, Uzbekistan and Turkmenistan.
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

  /** A name or place as written in English, Russian and Kazakh. */
  record Words(String en, String ru, String kk) {}

  private static Words w(String en, String ru, String kk) {
    return new Words(en, ru, kk);
  }

  /**
   * Midpoint of the corridor segment (named as the checkpoint) between two waypoints of the
   * corridors file.
   */
  private static Post checkpoint(
      String code,
      Words name,
      String section,
      String regionIso,
      String regionName,
      double lon1,
      double lat1,
      double lon2,
      double lat2,
      String register) {
    String file = " (schematic corridor, kz_highway_corridors_2009.geojson)";
    return new Post(
        new PostId(0),
        code,
        name.en(),
        PostKind.CHECKPOINT,
        CDC,
        section,
        regionIso,
        regionName,
        null,
        null,
        round((lat1 + lat2) / 2),
        round((lon1 + lon2) / 2),
        true,
        "Illustrative: midpoint of the " + section + " segment " + name.en() + file,
        register,
        name.ru(),
        name.kk(),
        // The page says "illustrative location" before the note: the forms do not say it again.
        "Середина участка "
            + name.ru()
            + " трассы "
            + section
            + " (схематичный коридор, kz_highway_corridors_2009.geojson)",
        section
            + " жолының "
            + name.kk()
            + " учаскесінің ортасы"
            + " (сызбалық дәліз, kz_highway_corridors_2009.geojson)");
  }

  /** A crossing; {@code neighbourPost} is null where the source file does not name it. */
  private static Post crossing(
      String code,
      Words name,
      @Nullable String neighbourPost,
      String iso2,
      String regionIso,
      String regionName,
      double lat,
      double lon,
      Words placement) {
    return new Post(
        new PostId(0),
        code,
        name.en(),
        PostKind.CROSSING,
        BG,
        "KZ-" + iso2,
        regionIso,
        regionName,
        Countries.code(iso2).orElseThrow(),
        neighbourPost,
        lat,
        lon,
        true,
        "Illustrative location ("
            + placement.en()
            + "); name and neighbour post from"
            + " kz_border_crossings.csv",
        REGISTER.get(code),
        name.ru(),
        name.kk(),
        "Расположение: "
            + placement.ru()
            + "; название и соседний пост — из kz_border_crossings.csv",
        "Орналасуы: "
            + placement.kk()
            + "; атауы мен көрші бекет kz_border_crossings.csv файлынан");
  }

  /** Crossing points as the program office's equipment register names them. */
  private static final Map<String, String> REGISTER =
      Map.of(
          "BCP-KORDAY", "Border crossing point Korday (Kyrgyz border)",
          "BCP-ZHIBEK-ZHOLY", "Border crossing point Zhibek Zholy (Uzbek border)",
          "BCP-TAZHEN", "Border crossing point Tazhen (Turkmen border)");

  private static double round(double v) {
    return Math.round(v * 1e5) / 1e5;
  }

  private static final Words KORDAI_DISTRICT =
      w(
          "approximate, Kordai district near the border",
          "приблизительно, Кордайский район у границы",
          "шамамен, шекара маңындағы Қордай ауданы");
  private static final Words MAKTAARAL_DISTRICT =
      w(
          "approximate, Maktaaral district",
          "приблизительно, Мактааральский район",
          "шамамен, Мақтаарал ауданы");

  public static final List<Post> ALL =
      List.of(
          checkpoint(
              "CP-M39-MERKE",
              w("Merke–Taraz", "Мерке–Тараз", "Меркі–Тараз"),
              "M39",
              "KZ-ZHA",
              "Jambyl Region",
              73.18463,
              42.86976,
              71.36667,
              42.9,
              "Checkpoint Merke"),
          checkpoint(
              "CP-M39-KORDAI",
              w("Kordai–Almaty", "Кордай–Алматы", "Қордай–Алматы"),
              "M39",
              "KZ-ALM",
              "Almaty Region",
              74.706657,
              43.0477,
              76.92861,
              43.25667,
              "Checkpoint Kordai"),
          checkpoint(
              "CP-M39-TYULKUBAS",
              w("Tyulkubas–Shymkent", "Тюлькубас–Шымкент", "Түлкібас–Шымкент"),
              "M39",
              "KZ-YUZ",
              "South Kazakhstan Region",
              70.29601,
              42.48578,
              69.6,
              42.3,
              "Checkpoint Shymkent"),
          checkpoint(
              "CP-M32-SHIELI",
              w("Shieli–Yanykurgan", "Шиели–Жанакорган", "Шиелі–Жаңақорған"),
              "M32",
              "KZ-KZY",
              "Kyzylorda Region",
              66.73887,
              44.16882,
              67.24637,
              43.90652,
              "Checkpoint Kyzylorda"),
          checkpoint(
              "CP-M32-ARAL",
              w("Aral–Qazaly", "Аральск–Казалинск", "Арал–Қазалы"),
              "M32",
              "KZ-KZY",
              "Kyzylorda Region",
              61.66667,
              46.8,
              62.1075,
              45.76278,
              "Checkpoint Aralsk"),
          checkpoint(
              "CP-M36-KARAGANDA",
              w("Karagandy–Balqash", "Караганда–Балхаш", "Қарағанды–Балқаш"),
              "M36",
              "KZ-KAR",
              "Karaganda Region",
              73.10211,
              49.80187,
              74.995,
              46.84806,
              "Checkpoint Karaganda"),
          checkpoint(
              "CP-A1-PETROPAVL",
              w("Kokshetau–Petropavl", "Кокшетау–Петропавловск", "Көкшетау–Петропавл"),
              "A1",
              "KZ-SEV",
              "North Kazakhstan Region",
              69.4,
              53.28333,
              69.15,
              54.86667,
              "Checkpoint Petropavlovsk"),
          // Kyrgyzstan
          crossing(
              "BCP-KORDAY",
              w(
                  "Korday (Kordai-avtodorozhny)",
                  "Кордай (Кордай-автодорожный)",
                  "Қордай (Қордай-автожол)"),
              "Ak-Zhol",
              "KG",
              "KZ-ZHA",
              "Jambyl Region",
              43.0477,
              74.706657,
              w(
                  "reference settlement Kordai",
                  "опорный населённый пункт Кордай",
                  "тірек елді мекен — Қордай")),
          crossing(
              "BCP-AISHA-BIBI",
              w("Aisha-Bibi", "Айша-Биби", "Айша-Бибі"),
              "Chon-Kapka",
              "KG",
              "KZ-ZHA",
              "Jambyl Region",
              42.70,
              71.23,
              w(
                  "approximate, Zhambyl district near the border",
                  "приблизительно, Жамбылский район у границы",
                  "шамамен, шекара маңындағы Жамбыл ауданы")),
          crossing(
              "BCP-AUKHATTY",
              w("Aukhatty", "Аухатты", "Аухатты"),
              "Kenbulyn (Ken-Bulun)",
              "KG",
              "KZ-ZHA",
              "Jambyl Region",
              42.88,
              74.13,
              KORDAI_DISTRICT),
          crossing(
              "BCP-SARTOBE",
              w("Sartobe", "Сартобе", "Сартөбе"),
              "Tokmok",
              "KG",
              "KZ-ZHA",
              "Jambyl Region",
              42.87,
              75.28,
              KORDAI_DISTRICT),
          crossing(
              "BCP-KEGEN",
              w("Kegen", "Кеген", "Кеген"),
              "Karkyra",
              "KG",
              "KZ-ALM",
              "Almaty Region",
              43.02143,
              79.22055,
              w(
                  "reference settlement Kegen; the crossing lies further south-east",
                  "опорный населённый пункт Кеген; пункт пропуска лежит юго-восточнее",
                  "тірек елді мекен — Кеген; өткізу пункті одан оңтүстік-шығыста")),
          // Uzbekistan
          crossing(
              "BCP-ZHIBEK-ZHOLY",
              w("Zhibek Zholy", "Жибек Жолы", "Жібек жолы"),
              "Gisht-Kuprik",
              "UZ",
              "KZ-YUZ",
              "South Kazakhstan Region",
              41.46042,
              69.16791,
              w(
                  "reference settlement Saryaghash",
                  "опорный населённый пункт Сарыагаш",
                  "тірек елді мекен — Сарыағаш")),
          crossing(
              "BCP-KONYSBAYEV",
              w("B. Konysbayev", "Б. Конысбаев", "Б. Қонысбаев"),
              "Yallama",
              "UZ",
              "KZ-YUZ",
              "South Kazakhstan Region",
              41.25,
              69.26,
              w(
                  "approximate, Keles district",
                  "приблизительно, Келесский район",
                  "шамамен, Келес ауданы")),
          crossing(
              "BCP-KAZYGURT",
              w("Kazygurt", "Казыгурт", "Қазығұрт"),
              null,
              "UZ",
              "KZ-YUZ",
              "South Kazakhstan Region",
              41.56,
              69.64,
              w(
                  "approximate, Kazygurt district",
                  "приблизительно, Казыгуртский район",
                  "шамамен, Қазығұрт ауданы")),
          crossing(
              "BCP-ATAMEKEN",
              w("Atameken", "Атамекен", "Атамекен"),
              "Gulistan",
              "UZ",
              "KZ-YUZ",
              "South Kazakhstan Region",
              40.60,
              68.70,
              MAKTAARAL_DISTRICT),
          crossing(
              "BCP-TSELINNY",
              w("Tselinny", "Целинный", "Целинный"),
              "Ok Oltin",
              "UZ",
              "KZ-YUZ",
              "South Kazakhstan Region",
              40.75,
              68.20,
              MAKTAARAL_DISTRICT),
          crossing(
              "BCP-SYRDARYA",
              w("Syrdarya", "Сырдарья", "Сырдария"),
              "Malik",
              "UZ",
              "KZ-YUZ",
              "South Kazakhstan Region",
              40.95,
              68.50,
              w(
                  "approximate; district not known",
                  "приблизительно; район неизвестен",
                  "шамамен; ауданы белгісіз")),
          crossing(
              "BCP-TAZHEN",
              w("Tazhen", "Тажен", "Тәжен"),
              null,
              "UZ",
              "KZ-MAN",
              "Mangystau Region",
              45.00,
              56.00,
              w(
                  "approximate, Beyneu district",
                  "приблизительно, Бейнеуский район",
                  "шамамен, Бейнеу ауданы")),
          // Turkmenistan
          crossing(
              "BCP-TEMIR-BABA",
              w("Temir-Baba", "Темир-Баба", "Темір-Баба"),
              null,
              "TM",
              "KZ-MAN",
              "Mangystau Region",
              41.97,
              53.63,
              w(
                  "approximate, south of Zhanaozen",
                  "приблизительно, южнее Жанаозена",
                  "шамамен, Жаңаөзеннің оңтүстігінде")));

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
      } else {
        // A demo database from before posts had Russian and Kazakh names gets them now.
        posts.translateIfUntranslated(p.code(), p.nameRu(), p.nameKk(), p.noteRu(), p.noteKk());
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
