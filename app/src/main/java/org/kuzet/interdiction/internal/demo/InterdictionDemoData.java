package org.kuzet.interdiction.internal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.CurrentUser;
import org.kuzet.identity.KuzetUser;
import org.kuzet.identity.Role;
import org.kuzet.interdiction.internal.inspection.Direction;
import org.kuzet.interdiction.internal.inspection.DocumentType;
import org.kuzet.interdiction.internal.inspection.InspectionLog;
import org.kuzet.interdiction.internal.inspection.InspectionResult;
import org.kuzet.interdiction.internal.inspection.NewInspection;
import org.kuzet.interdiction.internal.inspection.NewPerson;
import org.kuzet.interdiction.internal.inspection.PersonRole;
import org.kuzet.interdiction.internal.inspection.VehicleType;
import org.kuzet.interdiction.internal.lookout.LookoutIssuing;
import org.kuzet.interdiction.internal.lookout.LookoutScope;
import org.kuzet.interdiction.internal.lookout.LookoutSubject;
import org.kuzet.interdiction.internal.movement.MovementIndex;
import org.kuzet.interdiction.internal.post.InterdictionSettings;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostId;
import org.kuzet.interdiction.internal.post.Posts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo installation: the illustrative posts and their staff; on the first start, two years of
 * generated checkpoint traffic with seizures ({@link DemoTraffic}, the generator behind {@code
 * ./kuzet generate-demo}), then a few lookouts issued and a few inspections logged today through
 * the real services, so that the lookout matches and watchlist hits, their alerts and the audit
 * entries come from the same code as at a post. Everything is marked illustrative: the posts are,
 * and the generated travellers are invented (but for a few persons of the lists).
 *
 * <p>Runs after the watchlist demo data, so the lists are active when the inspections are screened.
 * A database that already holds inspections is left alone, and so is every database when {@code
 * kuzet.demo.activity} is false (the tests' setting: they make their own records).
 */
@Component
@ConditionalOnProperty(name = "kuzet.demo.enabled", havingValue = "true")
@Order(50)
class InterdictionDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InterdictionDemoData.class);

  /**
   * Two years at about 22 inspections a day over all posts: enough for every chart and the
   * movements, small enough that the first start stays quick (generating is most of its cost).
   */
  static final int INSPECTIONS = 16_000;

  /** Seizures fifteen times the national rate (one in about 130), listed persons one in 2,000. */
  static final DemoTraffic.Mix MIX = new DemoTraffic.Mix(730, 15, 2_000);

  static final long SEED = 2009;

  private final DemoPosts demoPosts;
  private final Posts posts;
  private final DemoTraffic traffic;
  private final LookoutIssuing lookouts;
  private final InspectionLog inspections;
  private final JdbcClient jdbc;
  private final InterdictionSettings settings;
  private final boolean activity;
  private final MovementIndex movements;
  private final Clock clock;

  InterdictionDemoData(
      DemoPosts demoPosts,
      Posts posts,
      DataSource dataSource,
      LookoutIssuing lookouts,
      InspectionLog inspections,
      JdbcClient jdbc,
      InterdictionSettings settings,
      MovementIndex movements,
      @Value("${kuzet.demo.activity:true}") boolean activity,
      Clock clock) {
    this.clock = clock;
    this.activity = activity;
    this.movements = movements;
    this.demoPosts = demoPosts;
    this.posts = posts;
    this.traffic = new DemoTraffic(dataSource, posts);
    this.lookouts = lookouts;
    this.inspections = inspections;
    this.jdbc = jdbc;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    demoPosts.ensurePresent();
    if (!activity
        || jdbc.sql("SELECT COUNT(*) FROM intd_inspection").query(Long.class).single() > 0) {
      return;
    }
    LocalDate yesterday = LocalDate.now(clock.withZone(settings.zone())).minusDays(1);
    DemoTraffic.Loaded l = traffic.generate(INSPECTIONS, SEED, yesterday, MIX);
    log.warn(
        "DEMO INSTALLATION: generated {} illustrative inspections over two years with {} seizures"
            + " in {} ms",
        l.inspections(),
        l.seizures(),
        l.took().toMillis());
    try {
      today();
    } finally {
      SecurityContextHolder.clearContext();
    }
    // The movement summary's own schedule would first see the traffic minutes from now: read it
    // at once, beside the start, so the movements page has it within seconds.
    CompletableFuture.runAsync(movements::refresh)
        .exceptionally(
            e -> {
              log.warn(
                  "interdiction demo: the first movement refresh failed; the schedule will retry: {}",
                  e.toString());
              return null;
            });
  }

  /**
   * Lookouts issued by the analyst, and today's inspections that meet them and the lists. The
   * analyst writes the reasons in Russian, as the agency's analysts do.
   */
  private void today() {
    Instant now = clock.instant();
    act("analyst.cdc", AgencyCode.DRUG_CONTROL_COMMITTEE, Role.ANALYST);
    lookouts.issue(
        current(),
        new LookoutIssuing.Request(
            LookoutSubject.VEHICLE,
            "215 KZA 13",
            null,
            null,
            null,
            "Условно: по сообщению источника, в КамАЗе, идущем на север из Шымкента, спрятан гашиш",
            LookoutScope.ALL,
            null,
            Set.of(),
            now.plus(Duration.ofDays(45))));
    lookouts.issue(
        current(),
        new LookoutIssuing.Request(
            LookoutSubject.PERSON,
            null,
            "Турсунов Дильшод",
            LocalDate.of(1988, 6, 2),
            null,
            "Условно: курьер, названный по шымкентскому делу о героине; остановить и досмотреть",
            LookoutScope.REGION,
            "KZ-YUZ",
            Set.of(),
            now.plus(Duration.ofDays(90))));
    lookouts.issue(
        current(),
        new LookoutIssuing.Request(
            LookoutSubject.VEHICLE,
            "01 A 345 BC",
            null,
            null,
            null,
            "Условно: микроавтобус дважды замечен на узбекской границе с переделанными сиденьями",
            LookoutScope.POSTS,
            null,
            Set.of(postId("CP-M32-SHIELI")),
            now.plus(Duration.ofDays(30))));

    act("officer.cdc", AgencyCode.DRUG_CONTROL_COMMITTEE, Role.CHECKPOINT_OFFICER);
    log(
        post("CP-M39-MERKE"),
        now.minus(Duration.ofHours(3)),
        "215 KZA 13",
        "KZ",
        "KAMAZ 5320",
        VehicleType.TRUCK,
        "onions",
        "Shymkent",
        "Astana",
        Direction.NORTH,
        InspectionResult.SEARCHED,
        person(
            PersonRole.DRIVER, "Абдрахманов Серик", "N07733121", "KAZ", LocalDate.of(1974, 3, 9)));
    log(
        post("CP-M39-TYULKUBAS"),
        now.minus(Duration.ofHours(7)),
        "10 B 512 KA",
        "UZ",
        "Daewoo Nexia",
        VehicleType.CAR,
        null,
        "Tashkent",
        "Kyzylorda",
        Direction.NORTH,
        InspectionResult.DETAINED,
        person(PersonRole.DRIVER, "Турсунов Дильшод", "FA2234411", "UZB", LocalDate.of(1988, 6, 2)),
        woman(
            person(
                PersonRole.PASSENGER,
                "Каримова Нодира",
                "FA4410923",
                "UZB",
                LocalDate.of(1991, 11, 17))));
    log(
        post("CP-M32-SHIELI"),
        now.minus(Duration.ofHours(20)),
        "504 AAB 11",
        "KZ",
        "Toyota Camry",
        VehicleType.CAR,
        null,
        "Shymkent",
        "Aktobe",
        Direction.NORTH,
        InspectionResult.SEARCHED,
        person(
            PersonRole.DRIVER, "Жаксылыков Ерлан", "N12345678", "KAZ", LocalDate.of(1985, 11, 3)));

    act("guard.bg", AgencyCode.BORDER_GUARDS, Role.BORDER_OFFICER);
    log(
        post("BCP-KORDAY"),
        now.minus(Duration.ofHours(5)),
        "01 345 BKA",
        "KG",
        "Lexus RX",
        VehicleType.CAR,
        null,
        "Bishkek",
        "Almaty",
        Direction.ENTRY,
        InspectionResult.DETAINED,
        person(PersonRole.DRIVER, "Осмонов Бакыт", "AN2345678", "KGZ", LocalDate.of(1977, 9, 30)));
    log(
        post("BCP-ZHIBEK-ZHOLY"),
        now.minus(Duration.ofHours(26)),
        "40 K 118 DA",
        "UZ",
        "Yutong",
        VehicleType.BUS,
        "passengers",
        "Tashkent",
        "Samara",
        Direction.ENTRY,
        InspectionResult.DETAINED,
        person(PersonRole.DRIVER, "Юлдашев Анвар", "FA7781204", "UZB", LocalDate.of(1970, 1, 25)),
        person(
            PersonRole.PASSENGER,
            "Измайлов Шамиль Магомедович",
            "752009981",
            "RUS",
            LocalDate.of(1980, 10, 29)));
    log.info(
        "interdiction demo: 3 lookouts issued and 5 inspections logged today through the services");
  }

  private void log(
      Post post,
      Instant at,
      String plate,
      String plateCountry,
      String make,
      VehicleType type,
      @Nullable String cargo,
      String origin,
      String destination,
      Direction direction,
      InspectionResult result,
      NewPerson... persons) {
    inspections.log(
        current(),
        new NewInspection(
            post.id(),
            at,
            plate,
            plateCountry,
            make,
            type,
            cargo,
            origin,
            destination,
            direction,
            result,
            List.of(persons)),
        true);
  }

  private static NewPerson person(
      PersonRole role, String name, String document, String country, LocalDate born) {
    return new NewPerson(
        role, name, DocumentType.PASSPORT, document, country, born, country, "M", false);
  }

  private static NewPerson woman(NewPerson p) {
    return new NewPerson(
        p.role(),
        p.name(),
        p.documentType(),
        p.documentNumber(),
        p.documentCountry(),
        p.birthDate(),
        p.nationality(),
        "F",
        p.fromMrz(),
        p.documentExpiry());
  }

  private Post post(String code) {
    return posts.byCode(code).orElseThrow();
  }

  private PostId postId(String code) {
    return post(code).id();
  }

  private static KuzetUser current() {
    return CurrentUser.require();
  }

  /** Works as a demo account, as that person would at their desk or post. */
  private static void act(String username, AgencyCode agency, Role role) {
    KuzetUser user =
        new KuzetUser() {
          @Override
          public long accountId() {
            return 0;
          }

          @Override
          public String username() {
            return username;
          }

          @Override
          public String displayName() {
            return username;
          }

          @Override
          public AgencyCode agency() {
            return agency;
          }

          @Override
          public Set<Role> roles() {
            return Set.of(role);
          }
        };
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
  }
}
