package org.copydesk.eval;

import java.util.List;
import java.util.Random;

/** Entity banks: names, companies, places, institutions. Combinatorial, so they are sizeable. */
final class Banks {
  static final List<String> FIRST =
      List.of(
          "James", "Maria", "Ahmed", "Li", "Yuki", "Olga", "Carlos", "Fatima", "John", "Anna",
          "Rajiv", "Sofia", "Pierre", "Ingrid", "Kwame", "Elena", "Hassan", "Mei", "David", "Laura",
          "Tomas", "Aisha", "Kenji", "Nadia", "Peter", "Grace", "Omar", "Hana", "Victor", "Priya",
          "Lars", "Chloe", "Mehmet", "Rosa", "Samuel", "Irina", "Arjun", "Lucia", "Martin", "Zainab",
          "Hiroshi", "Claire", "Felipe", "Amina", "Robert", "Sunita", "Dmitri", "Helen", "Paolo",
          "Nasreen", "Andrew", "Keiko", "Emeka", "Sara", "Gustavo", "Leila", "Henrik", "Wei",
          "Thomas", "Esther");
  static final List<String> LAST =
      List.of(
          "Hartley", "Okafor", "Nakamura", "Petrov", "Alvarez", "Khan", "Schmidt", "Dubois",
          "Rossi", "Haddad", "Chen", "Sato", "Mensah", "Novak", "Fischer", "Iyer", "Moreau",
          "Kowalski", "Lindqvist", "Osei", "Tanaka", "Volkov", "Santos", "Rahman", "Berger",
          "Costa", "Yilmaz", "Mwangi", "Park", "Andersen", "Nair", "Ferreira", "Grant", "Hoffmann",
          "Kaur", "Lopez", "Marsh", "Nguyen", "Ortega", "Pham", "Quinn", "Reyes", "Sharma", "Torres",
          "Ueda", "Vargas", "Weber", "Xu", "Young", "Zhou", "Abbott", "Baptiste", "Carver",
          "Delgado", "Eklund", "Faulkner", "Gupta", "Holm", "Ibrahim", "Jensen", "Keller", "Lambert",
          "Mahmoud", "Nilsson", "Oyelaran", "Pereira", "Rinaldi", "Stavros", "Thorne", "Ulrich",
          "Valdez", "Whitfield", "Yamada", "Zeller", "Brennan", "Castellano", "Dimitrov", "Eze");
  static final List<String> CO_PREFIX =
      List.of(
          "Norland", "Atlas", "Meridian", "Pacific", "Summit", "Crescent", "Harbor", "Granite",
          "Silverline", "Northstar", "Redwood", "Bluewater", "Keystone", "Orion", "Pinnacle",
          "Sterling", "Cobalt", "Evergreen", "Falcon", "Horizon", "Ironbridge", "Juniper",
          "Lakeshore", "Monarch", "Nova", "Oakmont", "Prairie", "Quantum", "Riverside", "Sapphire",
          "Titan", "Unity", "Vanguard", "Westfield", "Zenith", "Alder", "Beacon", "Cascade",
          "Delta", "Emerald", "Frontier", "Gateway", "Highland", "Imperial", "Jasper", "Kingsway",
          "Liberty", "Mercury", "Newport", "Olympic", "Paragon", "Regal", "Seaboard", "Tristar",
          "Union", "Valley", "Windsor", "Yorke", "Amberley", "Bristow");
  static final List<String> SECTOR =
      List.of(
          "Petroleum", "Mining", "Bancorp", "Motors", "Foods", "Steel", "Airlines",
          "Pharmaceuticals", "Electronics", "Insurance", "Chemicals", "Shipping", "Telecom",
          "Textiles", "Holdings", "Energy", "Cement", "Paper");
  static final List<String> CO_FORM =
      List.of("Corp", "Inc", "Ltd", "Group", "Co", "Plc", "Industries", "International");
  static final List<String> OIL_CO_SUFFIX =
      List.of("Oil Co", "Petroleum Corp", "Refining Inc", "Energy Corp", "Oil Ltd", "Crude Co");

  /** City, country, demonym. */
  static final List<String[]> PLACES =
      List.of(
          new String[] {"Islamabad", "Pakistan", "Pakistani"},
          new String[] {"New Delhi", "India", "Indian"},
          new String[] {"Beijing", "China", "Chinese"},
          new String[] {"Tokyo", "Japan", "Japanese"},
          new String[] {"Jakarta", "Indonesia", "Indonesian"},
          new String[] {"Manila", "the Philippines", "Philippine"},
          new String[] {"Dhaka", "Bangladesh", "Bangladeshi"},
          new String[] {"Kathmandu", "Nepal", "Nepalese"},
          new String[] {"Colombo", "Sri Lanka", "Sri Lankan"},
          new String[] {"Bangkok", "Thailand", "Thai"},
          new String[] {"Hanoi", "Vietnam", "Vietnamese"},
          new String[] {"Seoul", "South Korea", "South Korean"},
          new String[] {"Canberra", "Australia", "Australian"},
          new String[] {"Wellington", "New Zealand", "New Zealand"},
          new String[] {"Nairobi", "Kenya", "Kenyan"},
          new String[] {"Lagos", "Nigeria", "Nigerian"},
          new String[] {"Accra", "Ghana", "Ghanaian"},
          new String[] {"Cairo", "Egypt", "Egyptian"},
          new String[] {"Addis Ababa", "Ethiopia", "Ethiopian"},
          new String[] {"Johannesburg", "South Africa", "South African"},
          new String[] {"Ankara", "Turkey", "Turkish"},
          new String[] {"Tehran", "Iran", "Iranian"},
          new String[] {"Riyadh", "Saudi Arabia", "Saudi"},
          new String[] {"Amman", "Jordan", "Jordanian"},
          new String[] {"Kabul", "Afghanistan", "Afghan"},
          new String[] {"Moscow", "Russia", "Russian"},
          new String[] {"Kiev", "Ukraine", "Ukrainian"},
          new String[] {"Warsaw", "Poland", "Polish"},
          new String[] {"Berlin", "Germany", "German"},
          new String[] {"Paris", "France", "French"},
          new String[] {"Madrid", "Spain", "Spanish"},
          new String[] {"Rome", "Italy", "Italian"},
          new String[] {"Athens", "Greece", "Greek"},
          new String[] {"Stockholm", "Sweden", "Swedish"},
          new String[] {"Oslo", "Norway", "Norwegian"},
          new String[] {"London", "Britain", "British"},
          new String[] {"Dublin", "Ireland", "Irish"},
          new String[] {"Ottawa", "Canada", "Canadian"},
          new String[] {"Mexico City", "Mexico", "Mexican"},
          new String[] {"Brasilia", "Brazil", "Brazilian"},
          new String[] {"Buenos Aires", "Argentina", "Argentine"},
          new String[] {"Santiago", "Chile", "Chilean"},
          new String[] {"Lima", "Peru", "Peruvian"},
          new String[] {"Bogota", "Colombia", "Colombian"},
          new String[] {"Caracas", "Venezuela", "Venezuelan"},
          new String[] {"Washington", "the United States", "American"});
  static final List<String> REGIONS =
      List.of(
          "northern", "southern", "eastern", "western", "north-eastern", "south-western",
          "central", "coastal", "mountainous", "north-western");
  static final List<String> TOWN_A =
      List.of(
          "Bel", "Kar", "San", "Mar", "Tal", "Dor", "Ash", "Rav", "Kel", "Mon", "Por", "Vel",
          "Gar", "Hal", "Lun", "Nor", "Sal", "Ter", "Zan", "Bra");
  static final List<String> TOWN_B =
      List.of(
          "abad", "ona", "ville", "port", "ford", "gani", "pur", "ika", "dal", "ston", "mora",
          "ando", "esti", "ur", "ena", "ita");
  static final List<String> INDEXES =
      List.of(
          "Tokyo's Nikkei average", "the Bombay Sensex", "Hong Kong's Hang Seng index",
          "the Dow Jones industrial average", "London's FTSE 100 index", "Frankfurt's DAX index",
          "the Paris CAC 40 index", "Sydney's All Ordinaries index", "Singapore's Straits Times index",
          "Seoul's KOSPI", "the Shanghai Composite index", "Toronto's composite index");
  static final List<String> CRUDES =
      List.of(
          "West Texas Intermediate", "West Texas Sour", "Alaska North Slope", "Louisiana Light Sweet",
          "Brent blend", "Arab Light", "Dubai light", "Bonny Light", "Urals", "Oklahoma Sweet");
  static final List<String> PARTY_ADJ =
      List.of(
          "National", "Democratic", "Progressive", "People's", "Liberal", "United", "Social",
          "Republican", "Green", "Labour", "Conservative", "Reform", "Freedom", "Civic");
  static final List<String> PARTY_NOUN =
      List.of("Alliance", "Front", "Congress", "Union", "Movement", "Party", "League", "Rally");
  static final List<String> TEAM_NOUN =
      List.of(
          "United", "City", "Rovers", "Lions", "Eagles", "Athletic", "Wanderers", "Rangers",
          "Sharks", "Tigers", "Falcons", "Strikers", "Warriors", "Stars");
  static final List<String> CHARGES =
      List.of(
          "fraud", "bribery", "insider trading", "money laundering", "tax evasion", "embezzlement",
          "price fixing", "securities fraud", "corruption", "forgery");
  static final List<String> TOPICS =
      List.of(
          "trade", "security", "counter-terrorism cooperation", "energy", "investment", "climate",
          "water sharing", "education", "defence ties", "fisheries", "migration", "public health",
          "border management", "agriculture", "nuclear safety", "maritime security");
  static final List<String> DISASTERS =
      List.of("earthquake", "flood", "landslide", "cyclone", "fire", "building collapse");
  static final List<String> POSTS =
      List.of(
          "chief financial officer", "chief executive", "chief operating officer", "chairman",
          "head of research", "general counsel", "head of investor relations",
          "president of its international division");

  static <T> T pick(List<T> list, Random r) {
    return list.get(r.nextInt(list.size()));
  }

  static String person(Random r) {
    return pick(FIRST, r) + " " + pick(LAST, r);
  }

  static String lastName(String person) {
    return person.substring(person.lastIndexOf(' ') + 1);
  }

  static String company(Random r) {
    return pick(CO_PREFIX, r) + " " + pick(SECTOR, r) + " " + pick(CO_FORM, r);
  }

  static String oilCompany(Random r) {
    return pick(CO_PREFIX, r) + " " + pick(OIL_CO_SUFFIX, r);
  }

  /** "Norland Petroleum Corp" → "Norland". */
  static String shortName(String company) {
    return company.substring(0, company.indexOf(' '));
  }

  static String town(Random r) {
    return pick(TOWN_A, r) + pick(TOWN_B, r);
  }

  static String party(Random r) {
    return pick(PARTY_ADJ, r) + " " + pick(PARTY_NOUN, r);
  }

  private Banks() {}
}
