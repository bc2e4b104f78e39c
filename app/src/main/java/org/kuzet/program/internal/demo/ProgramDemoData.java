package org.kuzet.program.internal.demo;

import static org.kuzet.program.internal.Kinds.CostKind.*;
import static org.kuzet.program.internal.Kinds.OrgKind.*;
import static org.kuzet.program.internal.Kinds.Status.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.program.internal.Activities;
import org.kuzet.program.internal.CostShares;
import org.kuzet.program.internal.Countries;
import org.kuzet.program.internal.EquipmentId;
import org.kuzet.program.internal.EquipmentRegister;
import org.kuzet.program.internal.FundingLines;
import org.kuzet.program.internal.Kinds;
import org.kuzet.program.internal.Organisation;
import org.kuzet.program.internal.Organisations;
import org.kuzet.program.internal.ProgramEvents;
import org.kuzet.program.internal.ProgramId;
import org.kuzet.program.internal.Programs;
import org.kuzet.program.internal.Project;
import org.kuzet.program.internal.ProjectId;
import org.kuzet.program.internal.Projects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Kazakhstan country program as the fact sheet of January 20, 2009 describes it: the texts,
 * every program, partner, counterpart, place, date and figure. Equipment, end-use checks, most
 * cost-share valuations, event dates the fact sheet does not give, and the split of each fiscal
 * year's total across programs and projects are illustrative and marked so.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "kuzet.demo.enabled", havingValue = "true")
class ProgramDemoData implements ApplicationRunner {

  static final String COUNTRY = "kazakhstan";

  private static final Logger log = LoggerFactory.getLogger(ProgramDemoData.class);

  static final String TITLE = "Counternarcotics and Law Enforcement Country Program: Kazakhstan";
  static final String BUREAU = "Bureau of International Narcotics and Law Enforcement Affairs";
  static final LocalDate ISSUED = LocalDate.of(2009, 1, 20);

  static final String OVERVIEW =
      "Kazakhstan is the ninth largest country in the world, roughly the size of Western Europe, and is"
          + " geographically strategic, ethnically diverse, and resource rich. Kazakhstan is also a main transit"
          + " country for Afghan-origin narcotics being smuggled to Western Europe. Kazakhstan’s law enforcement"
          + " agencies continue to improve their overall professionalism and capacities to fight transnational"
          + " threats such as narcotics, trafficking in persons, and organized crime. Kazakh agencies are also"
          + " working on increasing their capacity to address the growing demand for drugs – through both"
          + " prevention and drug treatment. Through its foreign assistance programs, Bureau for International"
          + " Narcotics and Law Enforcement Affairs (INL) continues to support U.S. foreign policy objectives of"
          + " enhancing our relationship with Kazakhstan as partners in regional and strategic security,"
          + " promoting the development of democratic institutions, and stopping the flow if drugs from"
          + " Afghanistan.";

  static final String COUNTERNARCOTICS =
      "INL collaborates with its Government of Kazakhstan (GOKZ) counterparts in many ways, including political"
          + " engagement, holding bilateral counternarcotics strategy sessions, and providing technical"
          + " assistance. In cooperation with the United Nations Office on Drugs and Crime (UNODC), INL is"
          + " implementing a project to establish seven checkpoints on major Kazakhstani traffic arteries to"
          + " interdict drugs moving north toward Russia. The costs of the project are shared with the Government"
          + " of Kazakhstan, which provides the land, buildings, infrastructure and officers to staff the posts."
          + " INL provides training, technical assistance and equipment.";

  static final String BORDER_SECURITY =
      "INL has ongoing bilateral programs with the Border Guards and has provided grants to International"
          + " Organization for Migration (IOM) to improve security along the southern borders with Kyrgyzstan,"
          + " Uzbekistan, and Turkmenistan. These costs of these programs are also shared, with the Border Guards"
          + " providing office space, infrastructure, and dedicated personnel as trainers.\n\n"
          + "Over the last year, we have seen an increasing willingness by the GOKZ to engage with the U.S. and"
          + " its regional neighbors on border security issues. In 2006, the GOKZ devoted additional budget"
          + " resources to the Border Guards. In May 2007, the Director of the Border Guard Academy visited the"
          + " U.S. Customs and Border Protection Academy in Glynco, Georgia and the Border Patrol Academy in"
          + " Artesia, New Mexico to establish academy-to-academy relationships that will serve as a basis for"
          + " creating institutional change in the management of border security in Kazakhstan.";

  static final String AML =
      "INL’s primary partners on AML/CTF issues have been the Office of the Procurator General (PGO) and the"
          + " Financial Police, through the use of its Academy as a venue for teaching AML investigation skills to"
          + " officers. INL has prepared a training program for financial crimes investigators and analysts. INL"
          + " has conducted numerous AML training sessions at the Financial Police Academy using rooms that we had"
          + " helped to rehabilitate and equip, with the most recent session occurring in February 2007.";

  static final String TIP =
      "INL has created an Anti-TIP Center within the Legal Institute of the Ministry of Internal Affairs (MOI)"
          + " Institute in Karaganda to train Migration Police and MOI Police to identify and combat trafficking."
          + " INL funded the rehabilitation and equipping of classrooms and offices, and provided furniture and"
          + " equipment for two floors of a dormitory to support a center for in-service training of officers."
          + " The MOI provided office and classroom space and hired three people to staff the center, and"
          + " revision of the curriculum is underway to provide cadets with professional instruction during"
          + " their course of study. The Center can train approximately 30 officers per session; five sessions a"
          + " year are planned.";

  static final String DEMAND_REDUCTION =
      "Kazakh agencies are also working on increasing their capacity to address the growing demand for drugs"
          + " – through both prevention and drug treatment.";

  /** The funding table of the fact sheet: fiscal year and obligated total, FREEDOM Support Act. */
  static final Map<Integer, BigDecimal> FUNDING =
      Map.of(
          2005, new BigDecimal("2400000.00"),
          2006, new BigDecimal("2100000.00"),
          2007, new BigDecimal("1900000.00"),
          2008, new BigDecimal("1010000.00"));

  private static final String SPLIT_NOTE =
      "The fiscal-year total is from the fact sheet of January 20, 2009; its split across programs and"
          + " projects is illustrative.";

  private final Countries countries;
  private final Organisations organisations;
  private final Programs programs;
  private final Projects projects;
  private final Activities activities;
  private final FundingLines funding;
  private final CostShares costShares;
  private final EquipmentRegister equipment;
  private final ProgramEvents events;
  private final AuditLog audit;

  ProgramDemoData(
      Countries countries,
      Organisations organisations,
      Programs programs,
      Projects projects,
      Activities activities,
      FundingLines funding,
      CostShares costShares,
      EquipmentRegister equipment,
      ProgramEvents events,
      AuditLog audit) {
    this.countries = countries;
    this.organisations = organisations;
    this.programs = programs;
    this.projects = projects;
    this.activities = activities;
    this.funding = funding;
    this.costShares = costShares;
    this.equipment = equipment;
    this.events = events;
    this.audit = audit;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (countries.find(COUNTRY).isPresent()) {
      // A demo database from before the names were translated gets them now.
      DemoNames.PROJECTS.forEach(
          (code, n) -> projects.translateIfUntranslated(code, n.ru(), n.kk()));
      DemoNames.EQUIPMENT.forEach(
          (item, n) -> equipment.translateIfUntranslated(item, n.ru(), n.kk()));
      DemoNames.DESCRIPTIONS.forEach(
          (code, n) -> projects.translateDescriptionIfUntranslated(code, n.ru(), n.kk()));
      DemoNames.ACTIVITIES.forEach(
          (title, n) -> activities.translateIfUntranslated(title, n.ru(), n.kk()));
      DemoNames.COST_SHARES.forEach(
          (d, n) -> costShares.translateIfUntranslated(d, n.ru(), n.kk()));
      DemoNames.EVENTS.forEach(events::translateIfUntranslated);
      DemoNames.REGISTER_TEXTS.forEach(
          (text, n) -> equipment.translateTextsIfUntranslated(text, n.ru(), n.kk()));
      return;
    }
    organisationsOfTheFactSheet();
    funding.insertSource(
        new FundingLines.Source(
            "FSA",
            "FREEDOM Support Act (FSA)",
            "Закон о поддержке свободы (FREEDOM Support Act, FSA)",
            "Бостандықты қолдау туралы заң (FREEDOM Support Act, FSA)"));
    countries.insert(new Countries.Country(COUNTRY, "KAZ", 10));
    countries.saveText(
        new Countries.CountryText(COUNTRY, "en", "Kazakhstan", TITLE, BUREAU, OVERVIEW, ISSUED));
    countries.saveText(
        new Countries.CountryText(
            COUNTRY,
            "ru",
            "Казахстан",
            "Страновая программа по борьбе с наркотиками и правоохранительной деятельности: Казахстан",
            "Бюро по международным вопросам борьбы с наркотиками и правоохранительной деятельности",
            OVERVIEW_RU,
            ISSUED));
    countries.saveText(
        new Countries.CountryText(
            COUNTRY,
            "kk",
            "Қазақстан",
            "Есірткіге қарсы күрес және құқық қорғау қызметі жөніндегі елдік бағдарлама: Қазақстан",
            "Есірткіге қарсы және құқық қорғау қызметі жөніндегі халықаралық бюро",
            OVERVIEW_KK,
            ISSUED));

    ProgramId cn =
        program(
            "KZ-CN",
            10,
            true,
            "Counternarcotics",
            COUNTERNARCOTICS,
            "Борьба с наркотиками",
            "Есірткіге қарсы күрес");
    ProgramId bs =
        program(
            "KZ-BS",
            20,
            true,
            "Border Security",
            BORDER_SECURITY,
            "Безопасность границ",
            "Шекара қауіпсіздігі");
    ProgramId aml =
        program(
            "KZ-AML",
            30,
            true,
            "Anti-Money Laundering (AML) and Counter-Terrorism Financing (CTF)",
            AML,
            "Противодействие отмыванию денег (ПОД) и финансированию терроризма (ФТ)",
            "Ақшаны жылыстатуға (AML) және терроризмді қаржыландыруға (CTF) қарсы іс-қимыл");
    ProgramId tip =
        program(
            "KZ-TIP",
            40,
            true,
            "Trafficking in Persons (TIP)",
            TIP,
            "Торговля людьми",
            "Адам саудасы");
    program(
        "KZ-DR",
        50,
        false,
        "Demand Reduction",
        DEMAND_REDUCTION,
        "Снижение спроса на наркотики",
        "Есірткіге сұранысты азайту");

    ProjectId checkpoints =
        project(
            cn,
            "KZ-CN-CHECKPOINTS",
            "Seven checkpoints on major Kazakhstani traffic arteries",
            "With UNODC: establish seven checkpoints on major Kazakhstani traffic arteries to interdict drugs"
                + " moving north toward Russia. The Government of Kazakhstan provides the land, buildings,"
                + " infrastructure and officers to staff the posts; INL provides training, technical assistance"
                + " and equipment.",
            List.of("UNODC"),
            List.of("GOKZ", "CDC_MOI"));
    ProjectId engagement =
        project(
            cn,
            "KZ-CN-ENGAGEMENT",
            "Bilateral counternarcotics engagement with the GOKZ",
            "Political engagement, bilateral counternarcotics strategy sessions and technical assistance.",
            List.of("INL"),
            List.of("GOKZ"));
    ProjectId guards =
        project(
            bs,
            "KZ-BS-GUARDS",
            "Bilateral border security program with the Border Guards",
            "Ongoing bilateral program; the Border Guards provide office space, infrastructure and dedicated"
                + " personnel as trainers.",
            List.of("INL"),
            List.of("BORDER_GUARDS", "BORDER_GUARD_ACADEMY"));
    ProjectId iom =
        project(
            bs,
            "KZ-BS-IOM",
            "Security along the southern borders with Kyrgyzstan, Uzbekistan and Turkmenistan",
            "Grants to the International Organization for Migration (IOM) to improve security along the"
                + " southern borders with Kyrgyzstan, Uzbekistan, and Turkmenistan.",
            List.of("IOM"),
            List.of("BORDER_GUARDS"));
    ProjectId academy =
        project(
            aml,
            "KZ-AML-ACADEMY",
            "AML investigation training at the Financial Police Academy",
            "The Financial Police Academy as a venue for teaching AML investigation skills to officers; a"
                + " training program for financial crimes investigators and analysts.",
            List.of("INL"),
            List.of("PGO", "FINANCIAL_POLICE", "FINANCIAL_POLICE_ACADEMY"));
    ProjectId center =
        project(
            tip,
            "KZ-TIP-CENTER",
            "Anti-TIP Center at the MOI Legal Institute in Karaganda",
            "A center for in-service training of Migration Police and MOI Police officers to identify and"
                + " combat trafficking: about 30 officers per session, five sessions a year planned.",
            List.of("INL"),
            List.of("MOI", "MOI_LEGAL_INSTITUTE", "MIGRATION_POLICE", "MOI_POLICE"));

    activity(checkpoints, "Establish seven checkpoints on major traffic arteries", ACTIVE, false);
    activity(checkpoints, "Training for the officers staffing the checkpoints", ACTIVE, false);
    activity(checkpoints, "Technical assistance and equipment for the checkpoints", ACTIVE, false);
    activity(engagement, "Bilateral counternarcotics strategy sessions", ACTIVE, false);
    activity(engagement, "Technical assistance to GOKZ counterparts", ACTIVE, false);
    activity(
        guards, "Academy-to-academy relationships with the U.S. border academies", ACTIVE, false);
    activity(
        iom,
        "Improve security along the borders with Kyrgyzstan, Uzbekistan and Turkmenistan",
        ACTIVE,
        false);
    activity(
        academy,
        "Training program for financial crimes investigators and analysts",
        COMPLETED,
        false);
    activity(academy, "AML training sessions at the Financial Police Academy", ACTIVE, false);
    activity(
        academy,
        "Rehabilitate and equip training rooms at the Financial Police Academy",
        COMPLETED,
        false);
    activity(center, "Rehabilitate and equip classrooms and offices", COMPLETED, false);
    activity(center, "Furniture and equipment for two floors of a dormitory", COMPLETED, false);
    activity(center, "Revise the curriculum for cadets", ACTIVE, false);
    activity(
        center,
        "In-service training: about 30 officers per session, five sessions a year",
        PLANNED,
        false);

    // The fact sheet's totals per fiscal year, split illustratively across programs and projects.
    Map<Integer, long[]> split = new HashMap<>();
    //                      checkpoints, guards, iom, academy, center
    split.put(2005, new long[] {1_000_000, 400_000, 300_000, 300_000, 400_000});
    split.put(2006, new long[] {850_000, 350_000, 250_000, 250_000, 400_000});
    split.put(2007, new long[] {800_000, 300_000, 250_000, 200_000, 350_000});
    split.put(2008, new long[] {420_000, 200_000, 100_000, 90_000, 200_000});
    ProgramId[] targetPrograms = {cn, bs, bs, aml, tip};
    ProjectId[] targetProjects = {checkpoints, guards, iom, academy, center};
    for (int fy = 2005; fy <= 2008; fy++) {
      long[] amounts = Objects.requireNonNull(split.get(fy), "the split covers every year");
      long sum = 0;
      for (int i = 0; i < amounts.length; i++) {
        sum += amounts[i];
        // Earlier years are spent in full; the latest one partly, as a program office sees it.
        BigDecimal obligated = BigDecimal.valueOf(amounts[i]).setScale(2);
        BigDecimal spent =
            fy == 2008
                ? obligated.multiply(new BigDecimal("0.35")).setScale(2, RoundingMode.HALF_UP)
                : fy == 2007
                    ? obligated.multiply(new BigDecimal("0.92")).setScale(2, RoundingMode.HALF_UP)
                    : obligated;
        funding.insert(
            new FundingLines.FundingLine(
                0,
                targetPrograms[i],
                targetProjects[i],
                fy,
                "FSA",
                obligated,
                spent,
                "USD",
                SPLIT_NOTE,
                true));
      }
      if (BigDecimal.valueOf(sum).setScale(2).compareTo(FUNDING.get(fy)) != 0) {
        throw new IllegalStateException(
            "demo funding split for FY" + fy + " does not add up to the fact sheet");
      }
    }

    costShare(
        checkpoints, 2007, SIDE_HOST, LAND, "GOKZ", "Land for the seven checkpoints", null, true);
    costShare(
        checkpoints,
        2007,
        SIDE_HOST,
        BUILDINGS,
        "GOKZ",
        "Buildings for the checkpoint posts",
        "1250000",
        true);
    costShare(
        checkpoints,
        2007,
        SIDE_HOST,
        INFRASTRUCTURE,
        "GOKZ",
        "Infrastructure at the posts (power, road access, communications)",
        "480000",
        true);
    costShare(
        checkpoints,
        2007,
        SIDE_HOST,
        OFFICERS,
        "CDC_MOI",
        "Officers to staff the posts",
        null,
        true);
    costShare(
        checkpoints,
        2007,
        SIDE_DONOR,
        TRAINING,
        "INL",
        "Training for checkpoint officers",
        "210000",
        true);
    costShare(
        checkpoints,
        2007,
        SIDE_DONOR,
        TECHNICAL_ASSISTANCE,
        "INL",
        "Technical assistance through UNODC",
        "150000",
        true);
    costShare(
        checkpoints,
        2007,
        SIDE_DONOR,
        EQUIPMENT,
        "INL",
        "Inspection and communications equipment for the posts",
        "390000",
        true);
    costShare(
        guards,
        2006,
        SIDE_HOST,
        BUDGET,
        "GOKZ",
        "Additional budget resources devoted to the Border Guards (2006)",
        null,
        false);
    costShare(
        guards,
        2007,
        SIDE_HOST,
        OFFICE_SPACE,
        "BORDER_GUARDS",
        "Office space for the program",
        "36000",
        true);
    costShare(
        guards,
        2007,
        SIDE_HOST,
        INFRASTRUCTURE,
        "BORDER_GUARDS",
        "Infrastructure at the training sites",
        null,
        true);
    costShare(
        guards,
        2007,
        SIDE_HOST,
        TRAINERS,
        "BORDER_GUARDS",
        "Dedicated personnel as trainers",
        "60000",
        true);
    costShare(
        iom,
        2007,
        SIDE_HOST,
        OFFICE_SPACE,
        "BORDER_GUARDS",
        "Office space at the southern border detachments",
        null,
        true);
    costShare(
        academy,
        2006,
        SIDE_DONOR,
        REHABILITATION,
        "INL",
        "Rehabilitation of rooms at the Financial Police Academy",
        "95000",
        true);
    costShare(
        academy,
        2006,
        SIDE_DONOR,
        EQUIPMENT,
        "INL",
        "Equipment for the rehabilitated training rooms",
        "60000",
        true);
    costShare(
        center,
        2008,
        SIDE_DONOR,
        REHABILITATION,
        "INL",
        "Rehabilitation and equipping of classrooms and offices",
        "180000",
        true);
    costShare(
        center,
        2008,
        SIDE_DONOR,
        FURNITURE,
        "INL",
        "Furniture and equipment for two floors of a dormitory",
        "120000",
        true);
    costShare(
        center, 2008, SIDE_HOST, OFFICE_SPACE, "MOI", "Office space for the center", null, true);
    costShare(
        center,
        2008,
        SIDE_HOST,
        CLASSROOM_SPACE,
        "MOI",
        "Classroom space for the center",
        null,
        true);
    costShare(
        center,
        2008,
        SIDE_HOST,
        STAFF,
        "MOI",
        "Three people hired to staff the center",
        "27000",
        true);
    costShare(
        center,
        2008,
        SIDE_HOST,
        DORMITORY,
        "MOI_LEGAL_INSTITUTE",
        "Two floors of a dormitory for officers in in-service training",
        null,
        true);

    demoEquipment(checkpoints, guards, iom, academy, center);

    event(
        engagement,
        cn,
        Kinds.EventKind.STRATEGY_SESSION,
        "Bilateral counternarcotics strategy session",
        LocalDate.of(2008, 4, 15),
        false,
        "Astana",
        "INL; GOKZ counterparts",
        14,
        true);
    event(
        guards,
        bs,
        Kinds.EventKind.STUDY_VISIT,
        "Director of the Border Guard Academy visits the U.S. Customs and Border Protection Academy and the Border Patrol Academy",
        LocalDate.of(2007, 5, 1),
        true,
        "Glynco, Georgia; Artesia, New Mexico",
        "Director of the Border Guard Academy",
        1,
        false);
    event(
        academy,
        aml,
        Kinds.EventKind.TRAINING,
        "AML training session at the Financial Police Academy",
        LocalDate.of(2007, 2, 1),
        true,
        "Financial Police Academy",
        "Financial Police; Office of the Procurator General",
        null,
        false);
    event(
        checkpoints,
        cn,
        Kinds.EventKind.HANDOVER,
        "Handover of inspection equipment to checkpoint Merke",
        LocalDate.of(2007, 11, 20),
        false,
        "Checkpoint Merke",
        "UNODC; Committee on Drug Control",
        9,
        true);
    event(
        center,
        tip,
        Kinds.EventKind.TRAINING,
        "In-service anti-trafficking course, session 1",
        LocalDate.of(2008, 10, 13),
        false,
        "Anti-TIP Center, Karaganda",
        "Migration Police; MOI Police",
        30,
        true);
    event(
        center,
        tip,
        Kinds.EventKind.HANDOVER,
        "Handover of the refurbished dormitory floors",
        LocalDate.of(2008, 9, 5),
        false,
        "Legal Institute of the MOI, Karaganda",
        "INL; MOI Legal Institute",
        12,
        true);

    audit.recordFacts("PROGRAM_DEMO_DATA", "country", COUNTRY, AuditDetail.of("program.demo"));
    log.warn(
        "DEMO INSTALLATION: loaded the Kazakhstan country program (equipment and valuations illustrative)");
  }

  private void organisationsOfTheFactSheet() {
    org(
        "INL",
        "INL",
        "Bureau of International Narcotics and Law Enforcement Affairs",
        "Бюро по международным вопросам борьбы с наркотиками и правоохранительной деятельности",
        "Есірткіге қарсы және құқық қорғау қызметі жөніндегі халықаралық бюро",
        DONOR);
    org(
        "UNODC",
        "UNODC",
        "United Nations Office on Drugs and Crime",
        "Управление ООН по наркотикам и преступности",
        "БҰҰ Есірткі және қылмыс жөніндегі басқармасы",
        PARTNER);
    org(
        "IOM",
        "IOM",
        "International Organization for Migration",
        "Международная организация по миграции",
        "Халықаралық көші-қон ұйымы",
        PARTNER);
    org(
        "GOKZ",
        "GOKZ",
        "Government of Kazakhstan",
        "Правительство Казахстана",
        "Қазақстан Үкіметі",
        HOST_GOVERNMENT);
    org(
        "CDC_MOI",
        null,
        "Committee on Drug Control, Ministry of Internal Affairs",
        "Комитет по борьбе с наркобизнесом и контролю за оборотом наркотиков МВД",
        "ІІМ Есірткі бизнесіне қарсы күрес және есірткі айналымын бақылау комитеті",
        HOST_GOVERNMENT);
    org(
        "BORDER_GUARDS",
        null,
        "Border Guards",
        "Пограничная служба",
        "Шекара қызметі",
        HOST_GOVERNMENT);
    org(
        "BORDER_GUARD_ACADEMY",
        null,
        "Border Guard Academy",
        "Академия пограничной службы",
        "Шекара қызметі академиясы",
        HOST_GOVERNMENT);
    org(
        "PGO",
        "PGO",
        "Office of the Procurator General",
        "Генеральная прокуратура",
        "Бас прокуратура",
        HOST_GOVERNMENT);
    org(
        "FINANCIAL_POLICE",
        null,
        "Financial Police",
        "Финансовая полиция",
        "Қаржы полициясы",
        HOST_GOVERNMENT);
    org(
        "FINANCIAL_POLICE_ACADEMY",
        null,
        "Financial Police Academy",
        "Академия финансовой полиции",
        "Қаржы полициясы академиясы",
        HOST_GOVERNMENT);
    org(
        "MOI",
        "MOI",
        "Ministry of Internal Affairs",
        "Министерство внутренних дел",
        "Ішкі істер министрлігі",
        HOST_GOVERNMENT);
    org(
        "MOI_LEGAL_INSTITUTE",
        null,
        "Legal Institute of the Ministry of Internal Affairs, Karaganda",
        "Карагандинский юридический институт МВД",
        "ІІМ Қарағанды заң институты",
        HOST_GOVERNMENT);
    org(
        "MIGRATION_POLICE",
        null,
        "Migration Police",
        "Миграционная полиция",
        "Көші-қон полициясы",
        HOST_GOVERNMENT);
    org("MOI_POLICE", null, "MOI Police", "Полиция МВД", "ІІМ полициясы", HOST_GOVERNMENT);
    org(
        "CBP_ACADEMY",
        null,
        "U.S. Customs and Border Protection Academy, Glynco, Georgia",
        "Академия таможенной и пограничной охраны США, Глинко, Джорджия",
        "АҚШ Кеден және шекара қорғау академиясы, Глинко, Джорджия",
        US_GOVERNMENT);
    org(
        "BORDER_PATROL_ACADEMY",
        null,
        "Border Patrol Academy, Artesia, New Mexico",
        "Академия пограничного патруля, Артижа, Нью-Мексико",
        "Шекара патрулі академиясы, Артижа, Нью-Мексико",
        US_GOVERNMENT);
  }

  private void demoEquipment(
      ProjectId checkpoints, ProjectId guards, ProjectId iom, ProjectId academy, ProjectId center) {
    String[] posts = {
      "Checkpoint Merke",
      "Checkpoint Kordai",
      "Checkpoint Shymkent",
      "Checkpoint Kyzylorda",
      "Checkpoint Aralsk",
      "Checkpoint Karaganda",
      "Checkpoint Petropavlovsk"
    };
    for (int i = 0; i < posts.length; i++) {
      String serial = String.format("CT30-07-%04d", 311 + i);
      EquipmentId buster =
          item(
              checkpoints,
              "Contraband detector",
              "Buster CT-30",
              serial,
              "8950",
              "CDC_MOI",
              posts[i] + " inspection team",
              posts[i],
              LocalDate.of(2007, 11, 20).plusDays(i * 7L),
              "UNODC-KZ-HO-2007-" + (41 + i));
      item(
          checkpoints,
          "Fiberscope",
          "Olympus IF8C5-20",
          String.format("FS-5%05d", 2207 + i),
          "6200",
          "CDC_MOI",
          posts[i] + " inspection team",
          posts[i],
          LocalDate.of(2007, 11, 20).plusDays(i * 7L),
          "UNODC-KZ-HO-2007-" + (41 + i));
      item(
          checkpoints,
          "Drug identification test kits (case of 100)",
          "NIK Polytesting system",
          null,
          "1150",
          "CDC_MOI",
          posts[i] + " inspection team",
          posts[i],
          LocalDate.of(2008, 3, 3),
          "UNODC-KZ-HO-2008-07");
      check(
          buster,
          LocalDate.of(2008, 6, 10),
          "UNODC project officer",
          true,
          i != 3,
          true,
          i == 3 ? "Display cracked; sent to Almaty for repair" : null);
      check(
          buster,
          LocalDate.of(2008, 12, 2),
          "INL end-use monitoring officer",
          true,
          true,
          true,
          null);
    }
    EquipmentId nvg =
        item(
            guards,
            "Night vision binoculars",
            "ATN Night Shadow",
            "NS-20931",
            "3400",
            "BORDER_GUARDS",
            "Korday border detachment",
            "Border crossing point Korday (Kyrgyz border)",
            LocalDate.of(2008, 5, 14),
            "INL-KZ-BG-2008-03");
    check(
        nvg, LocalDate.of(2008, 11, 18), "INL end-use monitoring officer", true, true, true, null);
    item(
        guards,
        "Night vision binoculars",
        "ATN Night Shadow",
        "NS-20932",
        "3400",
        "BORDER_GUARDS",
        "Zhibek Zholy border detachment",
        "Border crossing point Zhibek Zholy (Uzbek border)",
        LocalDate.of(2008, 5, 14),
        "INL-KZ-BG-2008-03");
    EquipmentId radio =
        item(
            iom,
            "Handheld radio set (10 units)",
            "Motorola GP340",
            "GP340-KZ-118",
            "7800",
            "BORDER_GUARDS",
            "Tazhen border post",
            "Border crossing point Tazhen (Turkmen border)",
            LocalDate.of(2008, 7, 2),
            "IOM-KZ-2008-15");
    check(
        radio,
        LocalDate.of(2008, 12, 9),
        "IOM project assistant",
        true,
        true,
        false,
        "Four units in use at the detachment headquarters instead of the post");
    item(
        guards,
        "Classroom computer set (12 workstations)",
        "HP Compaq dc5800",
        "DC58-BGA-01",
        "14400",
        "BORDER_GUARD_ACADEMY",
        "Training department",
        "Border Guard Academy, Almaty",
        LocalDate.of(2008, 2, 26),
        "INL-KZ-BG-2008-01");
    EquipmentId lab =
        item(
            academy,
            "Computer training room (16 workstations)",
            "Dell OptiPlex 745",
            "FPA-LAB-2006-1",
            "22500",
            "FINANCIAL_POLICE_ACADEMY",
            "AML training room",
            "Financial Police Academy, Almaty",
            LocalDate.of(2006, 9, 18),
            "INL-KZ-AML-2006-02");
    check(
        lab,
        LocalDate.of(2007, 2, 12),
        "INL program manager",
        true,
        true,
        true,
        "Used for the February 2007 AML session");
    item(
        center,
        "Multimedia projector",
        "Epson EMP-1810",
        "EMP1810-77312",
        "1900",
        "MOI_LEGAL_INSTITUTE",
        "Anti-TIP Center",
        "Anti-TIP Center, Karaganda",
        LocalDate.of(2008, 9, 5),
        "INL-KZ-TIP-2008-04");
    EquipmentId furniture =
        item(
            center,
            "Dormitory furniture, two floors (beds, desks, wardrobes)",
            null,
            null,
            "64000",
            "MOI_LEGAL_INSTITUTE",
            "Dormitory",
            "Legal Institute of the MOI dormitory, Karaganda",
            LocalDate.of(2008, 9, 5),
            "INL-KZ-TIP-2008-05");
    check(
        furniture,
        LocalDate.of(2008, 12, 16),
        "INL end-use monitoring officer",
        true,
        true,
        true,
        null);
  }

  private void org(
      String code, @Nullable String abbr, String en, String ru, String kk, Kinds.OrgKind kind) {
    organisations.insert(new Organisation(code, abbr, en, ru, kk, kind));
  }

  private ProgramId program(
      String code,
      int order,
      boolean onFactsheet,
      String name,
      String text,
      String nameRu,
      String nameKk) {
    ProgramId id = programs.insert(code, COUNTRY, order, onFactsheet);
    programs.saveText(new Programs.ProgramText(id, "en", name, text));
    programs.saveText(new Programs.ProgramText(id, "ru", nameRu, translated(RU, code)));
    programs.saveText(new Programs.ProgramText(id, "kk", nameKk, translated(KK, code)));
    return id;
  }

  private ProjectId project(
      ProgramId program,
      String code,
      String title,
      String description,
      List<String> implementing,
      List<String> counterparts) {
    return projects.insert(
        new Project(
            new ProjectId(0),
            program,
            code,
            title,
            description,
            null,
            null,
            ACTIVE,
            false,
            implementing,
            counterparts,
            translated(DemoNames.PROJECTS, code).ru(),
            translated(DemoNames.PROJECTS, code).kk(),
            translated(DemoNames.DESCRIPTIONS, code).ru(),
            translated(DemoNames.DESCRIPTIONS, code).kk()));
  }

  private void activity(
      ProjectId project, String title, Kinds.Status status, boolean illustrative) {
    var local = translated(DemoNames.ACTIVITIES, title);
    activities.insert(
        new Activities.Activity(
            0, project, title, null, null, null, status, illustrative, local.ru(), local.kk()));
  }

  private void costShare(
      ProjectId project,
      int year,
      Kinds.Side side,
      Kinds.CostKind kind,
      String contributor,
      String description,
      @Nullable String valuation,
      boolean illustrative) {
    costShares.insert(
        new CostShares.CostShare(
            0,
            project,
            year,
            side,
            kind,
            contributor,
            description,
            valuation == null ? null : new BigDecimal(valuation).setScale(2),
            valuation == null ? null : "USD",
            illustrative,
            translated(DemoNames.COST_SHARES, description).ru(),
            translated(DemoNames.COST_SHARES, description).kk()));
  }

  private EquipmentId item(
      ProjectId project,
      String item,
      @Nullable String model,
      @Nullable String serial,
      String value,
      String recipient,
      String unit,
      String location,
      LocalDate handover,
      String document) {
    return equipment.insert(
        new EquipmentRegister.Equipment(
            new EquipmentId(0),
            project,
            item,
            model,
            serial,
            new BigDecimal(value).setScale(2),
            "USD",
            recipient,
            unit,
            location,
            handover,
            document,
            true,
            null,
            null,
            translated(DemoNames.EQUIPMENT, item).ru(),
            translated(DemoNames.EQUIPMENT, item).kk(),
            translated(DemoNames.REGISTER_TEXTS, location).ru(),
            translated(DemoNames.REGISTER_TEXTS, location).kk(),
            translated(DemoNames.REGISTER_TEXTS, unit).ru(),
            translated(DemoNames.REGISTER_TEXTS, unit).kk()));
  }

  private void check(
      EquipmentId item,
      LocalDate on,
      String by,
      boolean present,
      boolean working,
      boolean used,
      @Nullable String note) {
    var byLocal = translated(DemoNames.REGISTER_TEXTS, by);
    var noteLocal = note == null ? null : translated(DemoNames.REGISTER_TEXTS, note);
    equipment.insertCheck(
        new EquipmentRegister.EndUseCheck(
            0,
            item,
            on,
            by,
            present,
            working,
            used,
            note,
            byLocal.ru(),
            byLocal.kk(),
            noteLocal == null ? null : noteLocal.ru(),
            noteLocal == null ? null : noteLocal.kk()));
  }

  private void event(
      ProjectId project,
      ProgramId program,
      Kinds.EventKind kind,
      String title,
      LocalDate on,
      boolean monthOnly,
      String place,
      String participants,
      @Nullable Integer count,
      boolean illustrative) {
    events.insert(
        new ProgramEvents.ProgramEvent(
            0,
            program,
            project,
            kind,
            title,
            on,
            monthOnly,
            place,
            participants,
            count,
            illustrative,
            DemoNames.EVENTS.get(title)));
  }

  private static final Kinds.Side SIDE_HOST = Kinds.Side.HOST;
  private static final Kinds.Side SIDE_DONOR = Kinds.Side.DONOR;

  static final String OVERVIEW_RU =
      "Казахстан — девятая по величине страна мира, сопоставимая по площади с Западной Европой;"
          + " он занимает стратегическое положение, отличается этническим разнообразием и богат ресурсами."
          + " Казахстан также является одной из основных стран транзита наркотиков афганского происхождения,"
          + " контрабандой переправляемых в Западную Европу. Правоохранительные органы Казахстана продолжают"
          + " повышать свой профессионализм и способность противостоять транснациональным угрозам, таким как"
          + " наркотики, торговля людьми и организованная преступность. Казахстанские ведомства также наращивают"
          + " возможности для сокращения растущего спроса на наркотики — как через профилактику, так и через"
          + " лечение наркозависимости. Через свои программы иностранной помощи Бюро по международным вопросам"
          + " борьбы с наркотиками и правоохранительной деятельности (INL) продолжает поддерживать цели"
          + " внешней политики США: укрепление отношений с Казахстаном как партнёром в области региональной и"
          + " стратегической безопасности, содействие развитию демократических институтов и пресечение потока"
          + " наркотиков из Афганистана.";

  private static final Map<String, String> RU =
      Map.of(
          "KZ-CN",
          "INL сотрудничает со своими партнёрами в Правительстве Казахстана (GOKZ) во многих формах, включая"
              + " политическое взаимодействие, двусторонние стратегические совещания по борьбе с наркотиками и"
              + " техническую помощь. Совместно с Управлением ООН по наркотикам и преступности (UNODC) INL"
              + " реализует проект по созданию семи контрольно-пропускных пунктов на основных автомагистралях"
              + " Казахстана для пресечения движения наркотиков на север, в Россию. Расходы по проекту разделены с"
              + " Правительством Казахстана, которое предоставляет землю, здания, инфраструктуру и сотрудников для"
              + " постов. INL обеспечивает обучение, техническую помощь и оборудование.",
          "KZ-BS",
          "INL осуществляет двусторонние программы с Пограничной службой и предоставил гранты Международной"
              + " организации по миграции (IOM) для укрепления безопасности на южных границах с Кыргызстаном,"
              + " Узбекистаном и Туркменистаном. Расходы по этим программам также разделены: Пограничная служба"
              + " предоставляет служебные помещения, инфраструктуру и выделенный персонал в качестве"
              + " преподавателей.\n\n"
              + "За последний год Правительство Казахстана всё охотнее взаимодействует с США и соседями по региону"
              + " в вопросах безопасности границ. В 2006 году Правительство выделило Пограничной службе"
              + " дополнительные бюджетные средства. В мае 2007 года начальник Академии пограничной службы посетил"
              + " Академию таможенной и пограничной охраны США в Глинко (Джорджия) и Академию пограничного патруля"
              + " в Артижа (Нью-Мексико), чтобы установить связи между академиями, которые станут основой"
              + " институциональных изменений в управлении безопасностью границ Казахстана.",
          "KZ-AML",
          "Основными партнёрами INL по вопросам ПОД/ФТ являются Генеральная прокуратура (PGO) и Финансовая"
              + " полиция, Академия которой служит площадкой для обучения сотрудников навыкам расследования"
              + " отмывания денег. INL подготовило учебную программу для следователей и аналитиков по финансовым"
              + " преступлениям. INL провело многочисленные учебные занятия по ПОД в Академии финансовой полиции в"
              + " аудиториях, которые мы помогли отремонтировать и оснастить; последнее занятие состоялось в"
              + " феврале 2007 года.",
          "KZ-TIP",
          "INL создало Центр по борьбе с торговлей людьми при Карагандинском юридическом институте"
              + " Министерства внутренних дел (МВД) для обучения сотрудников миграционной полиции и полиции МВД"
              + " выявлению торговли людьми и борьбе с ней. INL профинансировало ремонт и оснащение аудиторий и"
              + " кабинетов, а также предоставило мебель и оборудование для двух этажей общежития центра"
              + " повышения квалификации сотрудников. МВД предоставило служебные и учебные помещения и приняло на"
              + " работу трёх сотрудников центра; идёт пересмотр учебной программы, чтобы курсанты получали"
              + " профессиональную подготовку в ходе обучения. Центр может обучать около 30 сотрудников за сессию;"
              + " планируется пять сессий в год.",
          "KZ-DR",
          "Казахстанские ведомства также наращивают возможности для сокращения растущего спроса на наркотики —"
              + " как через профилактику, так и через лечение наркозависимости.");

  static final String OVERVIEW_KK =
      "Қазақстан — аумағы жағынан әлемде тоғызыншы, көлемі Батыс Еуропамен шамалас ел; ол стратегиялық"
          + " маңызды орында орналасқан, этникалық тұрғыдан алуан түрлі және табиғи ресурстарға бай. Қазақстан"
          + " сонымен қатар Батыс Еуропаға заңсыз жеткізілетін ауған есірткісінің негізгі транзиттік елдерінің"
          + " бірі. Қазақстанның құқық қорғау органдары есірткі, адам саудасы және ұйымдасқан қылмыс сияқты"
          + " трансұлттық қатерлерге қарсы күрестегі кәсібилігі мен мүмкіндіктерін арттыруды жалғастыруда."
          + " Қазақстан ведомстволары есірткіге өсіп келе жатқан сұранысты профилактика мен емдеу арқылы"
          + " азайту мүмкіндіктерін де кеңейтуде. Шетелдік көмек бағдарламалары арқылы Есірткіге қарсы және"
          + " құқық қорғау қызметі жөніндегі халықаралық бюро (INL) АҚШ сыртқы саясатының мақсаттарын қолдауды"
          + " жалғастыруда: өңірлік және стратегиялық қауіпсіздік саласындағы серіктес ретінде Қазақстанмен"
          + " қарым-қатынасты нығайту, демократиялық институттардың дамуына жәрдемдесу және Ауғанстаннан"
          + " келетін есірткі ағынын тоқтату.";

  private static final Map<String, String> KK =
      Map.of(
          "KZ-CN",
          "INL Қазақстан Үкіметіндегі (GOKZ) серіктестерімен көп бағытта ынтымақтасады: саяси өзара іс-қимыл,"
              + " есірткіге қарсы күрес жөніндегі екіжақты стратегиялық кеңестер және техникалық көмек. БҰҰ"
              + " Есірткі және қылмыс жөніндегі басқармасымен (UNODC) бірлесіп, INL Ресейге қарай солтүстікке"
              + " бағытталған есірткі ағынын тоқтату үшін Қазақстанның негізгі автомагистральдарында жеті бақылау"
              + " бекетін құру жобасын жүзеге асыруда. Жоба шығындарын Қазақстан Үкіметі бөліседі: ол бекеттер"
              + " үшін жер, ғимараттар, инфрақұрылым және қызметкерлер береді. INL оқыту, техникалық көмек және"
              + " жабдықпен қамтамасыз етеді.",
          "KZ-BS",
          "INL Шекара қызметімен екіжақты бағдарламаларды жүзеге асырады және Қырғызстан, Өзбекстан және"
              + " Түрікменстанмен оңтүстік шекаралардағы қауіпсіздікті нығайту үшін Халықаралық көші-қон ұйымына"
              + " (IOM) гранттар берді. Бұл бағдарламалардың шығындары да бөлінеді: Шекара қызметі қызметтік"
              + " үй-жайларды, инфрақұрылымды және оқытушы ретінде арнайы қызметкерлерді береді.\n\n"
              + "Соңғы жылы Қазақстан Үкіметі шекара қауіпсіздігі мәселелері бойынша АҚШ-пен және өңірдегі"
              + " көршілерімен өзара іс-қимылға барған сайын дайын екенін көрсетті. 2006 жылы Үкімет Шекара"
              + " қызметіне қосымша бюджет қаражатын бөлді. 2007 жылғы мамырда Шекара қызметі академиясының"
              + " бастығы Глинкодағы (Джорджия) АҚШ Кеден және шекара қорғау академиясына және Артижадағы"
              + " (Нью-Мексико) Шекара патрулі академиясына барып, Қазақстанда шекара қауіпсіздігін басқарудағы"
              + " институционалдық өзгерістерге негіз болатын академиялар арасындағы байланыстарды орнатты.",
          "KZ-AML",
          "AML/CTF мәселелері бойынша INL-дің негізгі серіктестері — Бас прокуратура (PGO) және Қаржы"
              + " полициясы; оның академиясы қызметкерлерді ақшаны жылыстатуды тергеу дағдыларына оқыту алаңы"
              + " болып табылады. INL қаржылық қылмыстарды тергеушілер мен талдаушыларға арналған оқу"
              + " бағдарламасын дайындады. INL Қаржы полициясы академиясында біз жөндеуге және жабдықтауға"
              + " көмектескен аудиторияларда AML бойынша көптеген оқу сабақтарын өткізді; соңғысы 2007 жылғы"
              + " ақпанда өтті.",
          "KZ-TIP",
          "INL Көші-қон полициясы мен ІІМ полициясы қызметкерлерін адам саудасын анықтауға және оған қарсы"
              + " күресуге оқыту үшін Ішкі істер министрлігінің (ІІМ) Қарағанды заң институты жанынан Адам"
              + " саудасына қарсы орталық құрды. INL аудиториялар мен кабинеттерді жөндеуді және жабдықтауды"
              + " қаржыландырды, сондай-ақ қызметкерлердің біліктілігін арттыру орталығы үшін жатақхананың екі"
              + " қабатына жиһаз бен жабдық берді. ІІМ қызметтік және оқу үй-жайларын берді және орталыққа үш"
              + " қызметкерді жұмысқа қабылдады; курсанттардың оқу барысында кәсіби дайындық алуы үшін оқу"
              + " бағдарламасы қайта қаралуда. Орталық бір сессияда шамамен 30 қызметкерді оқыта алады; жылына"
              + " бес сессия жоспарланған.",
          "KZ-DR",
          "Қазақстан ведомстволары есірткіге өсіп келе жатқан сұранысты профилактика мен емдеу арқылы азайту"
              + " мүмкіндіктерін де кеңейтуде.");

  /** The demo's Russian and Kazakh words for an English name: every demo name has them. */
  private static <T> T translated(Map<String, T> words, String english) {
    return Objects.requireNonNull(words.get(english), () -> "no translation of " + english);
  }
}
