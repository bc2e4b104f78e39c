package org.kuzet.program.internal.demo;

import java.util.Map;
import org.kuzet.program.internal.ProgramEvents;

/**
 * The Russian and Kazakh names of the demo program's projects (by code) and equipment items (by the
 * item as registered in English). The fact sheet gives these in English only; the figures beside
 * them are untouched.
 */
final class DemoNames {

  record Names(String ru, String kk) {}

  private DemoNames() {}

  static final Map<String, Names> PROJECTS =
      Map.of(
          "KZ-CN-CHECKPOINTS",
          new Names(
              "Семь контрольно-пропускных пунктов на основных автомагистралях Казахстана",
              "Қазақстанның негізгі автомагистральдарындағы жеті бақылау-өткізу бекеті"),
          "KZ-CN-ENGAGEMENT",
          new Names(
              "Двустороннее взаимодействие с Правительством Казахстана по борьбе с наркотиками",
              "Есірткіге қарсы күрес бойынша Қазақстан Үкіметімен екіжақты өзара іс-қимыл"),
          "KZ-BS-GUARDS",
          new Names(
              "Двусторонняя программа безопасности границ с Пограничной службой",
              "Шекара қызметімен шекара қауіпсіздігі жөніндегі екіжақты бағдарлама"),
          "KZ-BS-IOM",
          new Names(
              "Безопасность на южных границах с Кыргызстаном, Узбекистаном и Туркменистаном",
              "Қырғызстан, Өзбекстан және Түрікменстанмен оңтүстік шекаралардағы қауіпсіздік"),
          "KZ-AML-ACADEMY",
          new Names(
              "Обучение расследованию отмывания денег в Академии финансовой полиции",
              "Қаржы полициясы академиясында ақшаны жылыстатуды тергеуге оқыту"),
          "KZ-TIP-CENTER",
          new Names(
              "Центр по борьбе с торговлей людьми при Карагандинском юридическом институте МВД",
              "ІІМ Қарағанды заң институты жанындағы Адам саудасына қарсы күрес орталығы"));

  static final Map<String, Names> EQUIPMENT =
      Map.of(
          "Contraband detector",
          new Names("Детектор контрабанды", "Контрабанда детекторы"),
          "Fiberscope",
          new Names("Фиброскоп", "Фиброскоп"),
          "Drug identification test kits (case of 100)",
          new Names(
              "Экспресс-тесты для определения наркотиков (упаковка по 100 шт.)",
              "Есірткіні анықтауға арналған экспресс-тестілер (100 данадан қорап)"),
          "Night vision binoculars",
          new Names("Бинокль ночного видения", "Түнгі көру дүрбісі"),
          "Handheld radio set (10 units)",
          new Names(
              "Комплект портативных радиостанций (10 шт.)",
              "Портативті радиостанциялар жинағы (10 дана)"),
          "Classroom computer set (12 workstations)",
          new Names("Компьютерный класс (12 рабочих мест)", "Компьютер сыныбы (12 жұмыс орны)"),
          "Computer training room (16 workstations)",
          new Names(
              "Компьютерный учебный класс (16 рабочих мест)",
              "Компьютерлік оқу сыныбы (16 жұмыс орны)"),
          "Multimedia projector",
          new Names("Мультимедийный проектор", "Мультимедиялық проектор"),
          "Dormitory furniture, two floors (beds, desks, wardrobes)",
          new Names(
              "Мебель для двух этажей общежития (кровати, столы, шкафы)",
              "Жатақхананың екі қабатына арналған жиһаз (төсектер, үстелдер, шкафтар)"));

  /** The projects' descriptions, by project code. */
  static final Map<String, Names> DESCRIPTIONS =
      Map.of(
          "KZ-CN-CHECKPOINTS",
          new Names(
              "Совместно с УНП ООН: создание семи контрольно-пропускных пунктов на основных автомагистралях"
                  + " Казахстана для пресечения перевозки наркотиков на север, в Россию. Правительство Казахстана"
                  + " предоставляет землю, здания, инфраструктуру и сотрудников для работы на постах; INL"
                  + " обеспечивает обучение, техническую помощь и оборудование.",
              "БҰҰ ЕҚБ-мен бірге: солтүстікке, Ресейге қарай тасымалданатын есірткінің жолын кесу үшін"
                  + " Қазақстанның негізгі автомагистральдарында жеті бақылау-өткізу бекетін құру. Қазақстан"
                  + " Үкіметі жерді, ғимараттарды, инфрақұрылымды және бекеттерде жұмыс істейтін қызметкерлерді"
                  + " береді; INL оқытуды, техникалық көмекті және жабдықты қамтамасыз етеді."),
          "KZ-CN-ENGAGEMENT",
          new Names(
              "Политическое взаимодействие, двусторонние стратегические совещания по борьбе с наркотиками и"
                  + " техническая помощь.",
              "Саяси өзара іс-қимыл, есірткіге қарсы күрес жөніндегі екіжақты стратегиялық кеңестер және"
                  + " техникалық көмек."),
          "KZ-BS-GUARDS",
          new Names(
              "Действующая двусторонняя программа; Пограничная служба предоставляет служебные помещения,"
                  + " инфраструктуру и выделенный персонал в качестве инструкторов.",
              "Жүріп жатқан екіжақты бағдарлама; Шекара қызметі қызметтік үй-жайды, инфрақұрылымды және"
                  + " нұсқаушы ретінде бөлінген қызметкерлерді береді."),
          "KZ-BS-IOM",
          new Names(
              "Гранты Международной организации по миграции (МОМ) на повышение безопасности на южных"
                  + " границах с Кыргызстаном, Узбекистаном и Туркменистаном.",
              "Қырғызстан, Өзбекстан және Түрікменстанмен оңтүстік шекаралардағы қауіпсіздікті арттыруға"
                  + " Халықаралық көші-қон ұйымына (ХКҰ) берілген гранттар."),
          "KZ-AML-ACADEMY",
          new Names(
              "Академия финансовой полиции как площадка для обучения сотрудников навыкам расследования"
                  + " отмывания денег; программа обучения следователей и аналитиков по финансовым преступлениям.",
              "Қаржы полициясы академиясы — қызметкерлерді ақшаны жылыстатуды тергеу дағдыларына оқытатын"
                  + " алаң; қаржылық қылмыстарды тергеушілер мен талдаушыларға арналған оқу бағдарламасы."),
          "KZ-TIP-CENTER",
          new Names(
              "Центр повышения квалификации сотрудников миграционной полиции и полиции МВД по выявлению"
                  + " торговли людьми и борьбе с ней: около 30 сотрудников за сессию, запланировано пять сессий"
                  + " в год.",
              "Көші-қон полициясы мен ІІМ полициясы қызметкерлерінің адам саудасын анықтау және оған қарсы"
                  + " күрес бойынша біліктілігін арттыру орталығы: бір сессияда 30-ға жуық қызметкер, жылына бес"
                  + " сессия жоспарланған."));

  /** The projects' activities, by their English title. */
  static final Map<String, Names> ACTIVITIES =
      Map.ofEntries(
          Map.entry(
              "Establish seven checkpoints on major traffic arteries",
              new Names(
                  "Создание семи контрольно-пропускных пунктов на основных автомагистралях",
                  "Негізгі автомагистральдарда жеті бақылау-өткізу бекетін құру")),
          Map.entry(
              "Training for the officers staffing the checkpoints",
              new Names(
                  "Обучение сотрудников контрольно-пропускных пунктов",
                  "Бақылау-өткізу бекеттерінің қызметкерлерін оқыту")),
          Map.entry(
              "Technical assistance and equipment for the checkpoints",
              new Names(
                  "Техническая помощь и оборудование для контрольно-пропускных пунктов",
                  "Бақылау-өткізу бекеттеріне техникалық көмек және жабдық")),
          Map.entry(
              "Bilateral counternarcotics strategy sessions",
              new Names(
                  "Двусторонние стратегические совещания по борьбе с наркотиками",
                  "Есірткіге қарсы күрес жөніндегі екіжақты стратегиялық кеңестер")),
          Map.entry(
              "Technical assistance to GOKZ counterparts",
              new Names(
                  "Техническая помощь партнёрам в Правительстве Казахстана",
                  "Қазақстан Үкіметіндегі әріптестерге техникалық көмек")),
          Map.entry(
              "Academy-to-academy relationships with the U.S. border academies",
              new Names(
                  "Связи между академиями: с пограничными академиями США",
                  "АҚШ-тың шекара академияларымен академиялар арасындағы байланыс")),
          Map.entry(
              "Improve security along the borders with Kyrgyzstan, Uzbekistan and Turkmenistan",
              new Names(
                  "Повышение безопасности на границах с Кыргызстаном, Узбекистаном и Туркменистаном",
                  "Қырғызстан, Өзбекстан және Түрікменстанмен шекаралардағы қауіпсіздікті арттыру")),
          Map.entry(
              "Training program for financial crimes investigators and analysts",
              new Names(
                  "Программа обучения следователей и аналитиков по финансовым преступлениям",
                  "Қаржылық қылмыстарды тергеушілер мен талдаушыларға арналған оқу бағдарламасы")),
          Map.entry(
              "AML training sessions at the Financial Police Academy",
              new Names(
                  "Занятия по противодействию отмыванию денег в Академии финансовой полиции",
                  "Қаржы полициясы академиясында ақшаны жылыстатуға қарсы іс-қимыл бойынша сабақтар")),
          Map.entry(
              "Rehabilitate and equip training rooms at the Financial Police Academy",
              new Names(
                  "Ремонт и оснащение учебных помещений Академии финансовой полиции",
                  "Қаржы полициясы академиясының оқу бөлмелерін жөндеу және жабдықтау")),
          Map.entry(
              "Rehabilitate and equip classrooms and offices",
              new Names(
                  "Ремонт и оснащение учебных аудиторий и кабинетов",
                  "Оқу аудиториялары мен кабинеттерді жөндеу және жабдықтау")),
          Map.entry(
              "Furniture and equipment for two floors of a dormitory",
              new Names(
                  "Мебель и оборудование для двух этажей общежития",
                  "Жатақхананың екі қабатына арналған жиһаз бен жабдық")),
          Map.entry(
              "Revise the curriculum for cadets",
              new Names(
                  "Пересмотр учебной программы для курсантов",
                  "Курсанттарға арналған оқу бағдарламасын қайта қарау")),
          Map.entry(
              "In-service training: about 30 officers per session, five sessions a year",
              new Names(
                  "Повышение квалификации: около 30 сотрудников за сессию, пять сессий в год",
                  "Біліктілікті арттыру: бір сессияда 30-ға жуық қызметкер, жылына бес сессия")));

  /** The cost shares, by their English description. */
  static final Map<String, Names> COST_SHARES =
      Map.ofEntries(
          Map.entry(
              "Land for the seven checkpoints",
              new Names(
                  "Земля под семь контрольно-пропускных пунктов",
                  "Жеті бақылау-өткізу бекетіне арналған жер")),
          Map.entry(
              "Buildings for the checkpoint posts",
              new Names(
                  "Здания для контрольно-пропускных пунктов",
                  "Бақылау-өткізу бекеттеріне арналған ғимараттар")),
          Map.entry(
              "Infrastructure at the posts (power, road access, communications)",
              new Names(
                  "Инфраструктура на постах (электроснабжение, подъездные дороги, связь)",
                  "Бекеттердегі инфрақұрылым (электрмен жабдықтау, кірме жолдар, байланыс)")),
          Map.entry(
              "Officers to staff the posts",
              new Names(
                  "Сотрудники для работы на постах", "Бекеттерде жұмыс істейтін қызметкерлер")),
          Map.entry(
              "Training for checkpoint officers",
              new Names(
                  "Обучение сотрудников контрольно-пропускных пунктов",
                  "Бақылау-өткізу бекеттері қызметкерлерін оқыту")),
          Map.entry(
              "Technical assistance through UNODC",
              new Names("Техническая помощь через УНП ООН", "БҰҰ ЕҚБ арқылы техникалық көмек")),
          Map.entry(
              "Inspection and communications equipment for the posts",
              new Names(
                  "Досмотровое оборудование и средства связи для постов",
                  "Бекеттерге арналған тексеру жабдығы мен байланыс құралдары")),
          Map.entry(
              "Additional budget resources devoted to the Border Guards (2006)",
              new Names(
                  "Дополнительные бюджетные средства для Пограничной службы (2006)",
                  "Шекара қызметіне бөлінген қосымша бюджет қаражаты (2006)")),
          Map.entry(
              "Office space for the program",
              new Names(
                  "Служебные помещения для программы", "Бағдарламаға арналған қызметтік үй-жай")),
          Map.entry(
              "Infrastructure at the training sites",
              new Names("Инфраструктура учебных площадок", "Оқу алаңдарының инфрақұрылымы")),
          Map.entry(
              "Dedicated personnel as trainers",
              new Names(
                  "Выделенный персонал в качестве инструкторов",
                  "Нұсқаушы ретінде бөлінген қызметкерлер")),
          Map.entry(
              "Office space at the southern border detachments",
              new Names(
                  "Служебные помещения в южных пограничных отрядах",
                  "Оңтүстік шекара отрядтарындағы қызметтік үй-жай")),
          Map.entry(
              "Rehabilitation of rooms at the Financial Police Academy",
              new Names(
                  "Ремонт помещений Академии финансовой полиции",
                  "Қаржы полициясы академиясының бөлмелерін жөндеу")),
          Map.entry(
              "Equipment for the rehabilitated training rooms",
              new Names(
                  "Оборудование для отремонтированных учебных помещений",
                  "Жөнделген оқу бөлмелеріне арналған жабдық")),
          Map.entry(
              "Rehabilitation and equipping of classrooms and offices",
              new Names(
                  "Ремонт и оснащение учебных аудиторий и кабинетов",
                  "Оқу аудиториялары мен кабинеттерді жөндеу және жабдықтау")),
          Map.entry(
              "Furniture and equipment for two floors of a dormitory",
              new Names(
                  "Мебель и оборудование для двух этажей общежития",
                  "Жатақхананың екі қабатына арналған жиһаз бен жабдық")),
          Map.entry(
              "Office space for the center",
              new Names("Служебные помещения для центра", "Орталыққа арналған қызметтік үй-жай")),
          Map.entry(
              "Classroom space for the center",
              new Names("Учебные аудитории для центра", "Орталыққа арналған оқу аудиториялары")),
          Map.entry(
              "Three people hired to staff the center",
              new Names(
                  "Три сотрудника, нанятые для работы в центре",
                  "Орталықта жұмыс істеу үшін жалданған үш қызметкер")),
          Map.entry(
              "Two floors of a dormitory for officers in in-service training",
              new Names(
                  "Два этажа общежития для сотрудников на курсах повышения квалификации",
                  "Біліктілікті арттыру курсындағы қызметкерлерге арналған жатақхананың екі қабаты")));

  /** The events' title, place and participants, by their English title. */
  static final Map<String, ProgramEvents.LocalText> EVENTS =
      Map.of(
          "Bilateral counternarcotics strategy session",
          new ProgramEvents.LocalText(
              "Двустороннее стратегическое совещание по борьбе с наркотиками",
              "Есірткіге қарсы күрес жөніндегі екіжақты стратегиялық кеңес",
              "Астана",
              "Астана",
              "INL; партнёры в Правительстве Казахстана",
              "INL; Қазақстан Үкіметіндегі әріптестер"),
          "Director of the Border Guard Academy visits the U.S. Customs and Border Protection Academy and the Border Patrol Academy",
          new ProgramEvents.LocalText(
              "Начальник Академии Пограничной службы посещает Академию таможенной и пограничной охраны США и"
                  + " Академию пограничного патруля",
              "Шекара қызметі академиясының бастығы АҚШ-тың Кеден және шекара күзеті академиясы мен Шекара"
                  + " патрулі академиясына барады",
              "Глинко, Джорджия; Артиша, Нью-Мексико",
              "Глинко, Джорджия; Артиша, Нью-Мексико",
              "Начальник Академии Пограничной службы",
              "Шекара қызметі академиясының бастығы"),
          "AML training session at the Financial Police Academy",
          new ProgramEvents.LocalText(
              "Занятие по противодействию отмыванию денег в Академии финансовой полиции",
              "Қаржы полициясы академиясында ақшаны жылыстатуға қарсы іс-қимыл бойынша сабақ",
              "Академия финансовой полиции",
              "Қаржы полициясы академиясы",
              "Финансовая полиция; Генеральная прокуратура",
              "Қаржы полициясы; Бас прокуратура"),
          "Handover of inspection equipment to checkpoint Merke",
          new ProgramEvents.LocalText(
              "Передача досмотрового оборудования контрольно-пропускному пункту Мерке",
              "Меркі бақылау-өткізу бекетіне тексеру жабдығын беру",
              "КПП Мерке",
              "Меркі бекеті",
              "УНП ООН; Комитет по борьбе с наркотиками",
              "БҰҰ ЕҚБ; Есірткіге қарсы күрес комитеті"),
          "In-service anti-trafficking course, session 1",
          new ProgramEvents.LocalText(
              "Курс повышения квалификации по борьбе с торговлей людьми, сессия 1",
              "Адам саудасына қарсы күрес бойынша біліктілікті арттыру курсы, 1-сессия",
              "Центр по борьбе с торговлей людьми, Караганда",
              "Адам саудасына қарсы күрес орталығы, Қарағанды",
              "Миграционная полиция; полиция МВД",
              "Көші-қон полициясы; ІІМ полициясы"),
          "Handover of the refurbished dormitory floors",
          new ProgramEvents.LocalText(
              "Передача отремонтированных этажей общежития", "Жөнделген жатақхана қабаттарын беру",
              "Юридический институт МВД, Караганда", "ІІМ заң институты, Қарағанды",
              "INL; Юридический институт МВД", "INL; ІІМ заң институты"));

  /**
   * The equipment register's free text in Russian and Kazakh, by the English text as registered:
   * locations, receiving units, who made end-use checks and what they noted.
   */
  static final Map<String, Names> REGISTER_TEXTS =
      Map.ofEntries(
          Map.entry("Checkpoint Merke", new Names("КПП Мерке", "Меркі бақылау-өткізу пункті")),
          Map.entry(
              "Checkpoint Merke inspection team",
              new Names(
                  "Досмотровая группа КПП Мерке", "Меркі бақылау-өткізу пунктінің тексеру тобы")),
          Map.entry("Checkpoint Kordai", new Names("КПП Кордай", "Қордай бақылау-өткізу пункті")),
          Map.entry(
              "Checkpoint Kordai inspection team",
              new Names(
                  "Досмотровая группа КПП Кордай", "Қордай бақылау-өткізу пунктінің тексеру тобы")),
          Map.entry(
              "Checkpoint Shymkent", new Names("КПП Шымкент", "Шымкент бақылау-өткізу пункті")),
          Map.entry(
              "Checkpoint Shymkent inspection team",
              new Names(
                  "Досмотровая группа КПП Шымкент",
                  "Шымкент бақылау-өткізу пунктінің тексеру тобы")),
          Map.entry(
              "Checkpoint Kyzylorda",
              new Names("КПП Кызылорда", "Қызылорда бақылау-өткізу пункті")),
          Map.entry(
              "Checkpoint Kyzylorda inspection team",
              new Names(
                  "Досмотровая группа КПП Кызылорда",
                  "Қызылорда бақылау-өткізу пунктінің тексеру тобы")),
          Map.entry("Checkpoint Aralsk", new Names("КПП Аральск", "Арал бақылау-өткізу пункті")),
          Map.entry(
              "Checkpoint Aralsk inspection team",
              new Names(
                  "Досмотровая группа КПП Аральск", "Арал бақылау-өткізу пунктінің тексеру тобы")),
          Map.entry(
              "Checkpoint Karaganda",
              new Names("КПП Караганда", "Қарағанды бақылау-өткізу пункті")),
          Map.entry(
              "Checkpoint Karaganda inspection team",
              new Names(
                  "Досмотровая группа КПП Караганда",
                  "Қарағанды бақылау-өткізу пунктінің тексеру тобы")),
          Map.entry(
              "Checkpoint Petropavlovsk",
              new Names("КПП Петропавловск", "Петропавл бақылау-өткізу пункті")),
          Map.entry(
              "Checkpoint Petropavlovsk inspection team",
              new Names(
                  "Досмотровая группа КПП Петропавловск",
                  "Петропавл бақылау-өткізу пунктінің тексеру тобы")),
          Map.entry(
              "Border crossing point Korday (Kyrgyz border)",
              new Names(
                  "Пункт пропуска Кордай (граница с Кыргызстаном)",
                  "Қордай өткізу пункті (Қырғызстанмен шекара)")),
          Map.entry(
              "Korday border detachment",
              new Names("Кордайский пограничный отряд", "Қордай шекара отряды")),
          Map.entry(
              "Border crossing point Zhibek Zholy (Uzbek border)",
              new Names(
                  "Пункт пропуска Жибек жолы (граница с Узбекистаном)",
                  "Жібек жолы өткізу пункті (Өзбекстанмен шекара)")),
          Map.entry(
              "Zhibek Zholy border detachment",
              new Names("Пограничный отряд «Жибек жолы»", "«Жібек жолы» шекара отряды")),
          Map.entry(
              "Border crossing point Tazhen (Turkmen border)",
              new Names(
                  "Пункт пропуска Тажен (граница с Туркменистаном)",
                  "Тәжен өткізу пункті (Түрікменстанмен шекара)")),
          Map.entry(
              "Tazhen border post", new Names("Пограничный пост Тажен", "Тәжен шекара бекеті")),
          Map.entry("Training department", new Names("Учебный отдел", "Оқу бөлімі")),
          Map.entry(
              "Border Guard Academy, Almaty",
              new Names(
                  "Академия пограничной службы, Алматы", "Шекара қызметі академиясы, Алматы")),
          Map.entry(
              "AML training room",
              new Names(
                  "Учебный класс по противодействию отмыванию денег",
                  "Ақшаны жылыстатуға қарсы іс-қимыл оқу сыныбы")),
          Map.entry(
              "Financial Police Academy, Almaty",
              new Names(
                  "Академия финансовой полиции, Алматы", "Қаржы полициясы академиясы, Алматы")),
          Map.entry(
              "Anti-TIP Center",
              new Names(
                  "Центр по борьбе с торговлей людьми", "Адам саудасына қарсы күрес орталығы")),
          Map.entry(
              "Anti-TIP Center, Karaganda",
              new Names(
                  "Центр по борьбе с торговлей людьми, Караганда",
                  "Адам саудасына қарсы күрес орталығы, Қарағанды")),
          Map.entry("Dormitory", new Names("Общежитие", "Жатақхана")),
          Map.entry(
              "Legal Institute of the MOI dormitory, Karaganda",
              new Names(
                  "Общежитие Юридического института МВД, Караганда",
                  "ІІМ Заң институтының жатақханасы, Қарағанды")),
          Map.entry(
              "UNODC project officer",
              new Names("Сотрудник проекта УНП ООН", "БҰҰ ЕҚБ жобасының қызметкері")),
          Map.entry(
              "INL end-use monitoring officer",
              new Names(
                  "Сотрудник INL по контролю за конечным использованием",
                  "INL-дің соңғы пайдалануды бақылау жөніндегі қызметкері")),
          Map.entry(
              "IOM project assistant",
              new Names("Ассистент проекта МОМ", "ХКҰ жобасының ассистенті")),
          Map.entry(
              "INL program manager",
              new Names("Руководитель программы INL", "INL бағдарламасының жетекшісі")),
          Map.entry(
              "Display cracked; sent to Almaty for repair",
              new Names(
                  "Треснул дисплей; отправлен в Алматы на ремонт",
                  "Дисплейі жарылған; Алматыға жөндеуге жіберілді")),
          Map.entry(
              "Four units in use at the detachment headquarters instead of the post",
              new Names(
                  "Четыре радиостанции используются в штабе отряда, а не на посту",
                  "Төрт радиостанция бекетте емес, отряд штабында пайдаланылады")),
          Map.entry(
              "Used for the February 2007 AML session",
              new Names(
                  "Использовался на занятиях по противодействию отмыванию денег в феврале 2007 года",
                  "2007 жылғы ақпанда ақшаны жылыстатуға қарсы іс-қимыл сабақтарында пайдаланылды")));
}
