import type { Prng } from './prng.js';
import type { Tenant } from './tenants.js';

export interface Address {
  name: string;
  street: string;
  street2: string | null;
  zip: string;
  city: string;
  country: string;
}

export interface Customer {
  tenant: string;
  /** ERP customer number, e.g. "C-10042". */
  number: string;
  name: string;
  /** The purchasing contact: the helpdesk requester. */
  contactName: string;
  /** ERP email; null for some old accounts (their tickets come from a personal address). */
  email: string | null;
  /** The address tickets come from; equals `email` when the ERP has one. */
  requesterEmail: string;
  phone: string | null;
  tier: 'A' | 'B' | 'C';
  /** The requester's user id in the helpdesk. */
  helpdeskUserId: number;
  creditBlock: boolean;
  address: Address;
}

interface Locale {
  surnames: readonly string[];
  trades: readonly string[];
  legal: readonly string[];
  first: readonly string[];
  contacts: readonly string[];
  cities: readonly (readonly [city: string, zip: string, area: string])[];
  streets: readonly string[];
  tld: string;
  phone: (rng: Prng, area: string) => string;
  street: (rng: Prng, street: string) => string;
}

const DE: Locale = {
  surnames: [
    'Müller',
    'Schmidt',
    'Schneider',
    'Fischer',
    'Weber',
    'Meyer',
    'Wagner',
    'Becker',
    'Hoffmann',
    'Schulz',
    'Koch',
    'Richter',
    'Klein',
    'Wolf',
    'Schröder',
    'Neumann',
    'Schwarz',
    'Braun',
    'Zimmermann',
    'Hartmann',
    'Krüger',
    'Lange',
    'Werner',
    'Lehmann',
    'Köhler',
    'Maier',
    'Huber',
    'Kaiser',
    'Fuchs',
    'Peters',
    'Scholz',
    'Möller',
    'Vogel',
    'Jung',
    'Keller',
    'Berger',
    'Frank',
    'Roth',
    'Beck',
    'Lorenz',
  ],
  trades: [
    'Maschinenbau',
    'Fördertechnik',
    'Antriebstechnik',
    'Metallbau',
    'Hydraulik',
    'Automation',
    'Anlagenbau',
    'Elektrotechnik',
    'Industrieservice',
    'Landtechnik',
    'Kunststofftechnik',
    'Werkzeugbau',
    'Stahlbau',
    'Verpackungstechnik',
    'Lebensmitteltechnik',
    'Fluidtechnik',
    'Zerspanung',
    'Instandhaltung',
  ],
  legal: ['GmbH', 'GmbH & Co. KG', 'AG', 'KG', 'e.K.'],
  contacts: [
    'Becker',
    'Schulze',
    'Krause',
    'Brandt',
    'Haas',
    'Schäfer',
    'Vogt',
    'Albrecht',
    'Seidel',
    'Winkler',
  ],
  first: [
    'Anna',
    'Thomas',
    'Julia',
    'Michael',
    'Katrin',
    'Stefan',
    'Sabine',
    'Andreas',
    'Laura',
    'Jan',
    'Claudia',
    'Markus',
    'Nina',
    'Tobias',
    'Petra',
    'Florian',
  ],
  cities: [
    ['Berlin', '10115', '30'],
    ['Hamburg', '20095', '40'],
    ['München', '80331', '89'],
    ['Köln', '50667', '221'],
    ['Stuttgart', '70173', '711'],
    ['Leipzig', '04109', '341'],
    ['Dortmund', '44135', '231'],
    ['Nürnberg', '90402', '911'],
    ['Hannover', '30159', '511'],
    ['Bremen', '28195', '421'],
    ['Dresden', '01067', '351'],
    ['Mannheim', '68159', '621'],
    ['Bielefeld', '33602', '521'],
    ['Augsburg', '86150', '821'],
  ],
  streets: [
    'Industriestraße',
    'Gewerbepark',
    'Hafenstraße',
    'Am Bahnhof',
    'Werkstraße',
    'Daimlerstraße',
    'Siemensring',
    'Robert-Bosch-Straße',
    'Carl-Benz-Weg',
    'Im Gewerbegebiet',
  ],
  tld: 'de',
  phone: (rng, area) => (rng.chance(0.7) ? `+49 ${area} ${rng.digits(7)}` : `+49-${area}-${rng.digits(7)}`),
  street: (rng, street) => `${street} ${rng.int(1, 140)}`,
};

const US: Locale = {
  surnames: [
    'Redwood',
    'Summit',
    'Keystone',
    'Liberty',
    'Pioneer',
    'Granite',
    'Lakeside',
    'Ironwood',
    'Cascade',
    'Prairie',
    'Harbor',
    'Allied',
    'Continental',
    'Frontier',
    'Patriot',
    'Sterling',
    'Great Lakes',
    'Midwest',
    'Bayou',
    'Coastal',
    'Apex',
    'Titan',
    'Eagle',
    'Northstar',
    'Blue Ridge',
    'Delta',
    'Atlas',
    'Premier',
    'Hudson',
    'Canyon',
    'Mesa',
    'Evergreen',
    'Badger',
    'Tristate',
    'Heartland',
    'Lone Star',
  ],
  trades: [
    'Fabrication',
    'Machine Works',
    'Hydraulics',
    'Conveyor Systems',
    'Industrial Services',
    'Automation',
    'Packaging',
    'Tool & Die',
    'Welding',
    'Mechanical',
    'Power Transmission',
    'Controls',
    'Food Processing',
    'Plastics',
    'Millwrights',
    'Equipment',
  ],
  legal: ['Inc.', 'LLC', 'Corp.', 'Co.'],
  contacts: [
    'Miller',
    'Johnson',
    'Davis',
    'Garcia',
    'Wilson',
    'Taylor',
    'Anderson',
    'Clark',
    'Lewis',
    'Walker',
  ],
  first: [
    'James',
    'Mary',
    'Robert',
    'Linda',
    'Michael',
    'Karen',
    'David',
    'Susan',
    'Chris',
    'Jessica',
    'Brian',
    'Ashley',
    'Kevin',
    'Megan',
    'Jason',
    'Emily',
  ],
  cities: [
    ['Chicago', '60607', '312'],
    ['Houston', '77002', '713'],
    ['Detroit', '48226', '313'],
    ['Cleveland', '44113', '216'],
    ['Milwaukee', '53202', '414'],
    ['Pittsburgh', '15222', '412'],
    ['Columbus', '43215', '614'],
    ['Indianapolis', '46204', '317'],
    ['Charlotte', '28202', '704'],
    ['Atlanta', '30303', '404'],
    ['Dallas', '75201', '214'],
    ['Phoenix', '85004', '602'],
    ['Denver', '80202', '303'],
    ['St. Louis', '63101', '314'],
  ],
  streets: [
    'Industrial Pkwy',
    'Commerce Dr',
    'Enterprise Blvd',
    'Factory Rd',
    'Distribution Way',
    'Technology Dr',
    'Mill St',
    'Railroad Ave',
    'Corporate Cir',
    'Logistics Ln',
  ],
  tld: 'com',
  phone: (rng, area) =>
    rng.chance(0.6) ? `+1 ${area} 555 ${rng.digits(4)}` : `+1 (${area}) 555-${rng.digits(4)}`,
  street: (rng, street) => `${rng.int(100, 9900)} ${street}`,
};

const ROLES = ['purchasing', 'einkauf', 'orders', 'procurement', 'buyer', 'info'];

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/&/g, 'und')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The tenant's customer accounts: unique names and emails, numbered `C-10001` upwards. */
export function createCustomers(
  rng: Prng,
  opts: { tenant: Tenant; count: number; firstNumber: number; firstUserId: number },
): Customer[] {
  const { tenant, count, firstNumber } = opts;
  const locale = tenant.country === 'DE' ? DE : US;
  const names = new Set<string>();
  const domains = new Set<string>();
  const customers: Customer[] = [];
  for (let i = 0; customers.length < count; i++) {
    if (i > count * 20) throw new Error('not enough distinct customer names');
    const base = `${rng.pick(locale.surnames)} ${rng.pick(locale.trades)}`;
    const name = `${base} ${rng.pick(locale.legal)}`;
    if (names.has(name)) continue;
    names.add(name);
    const [city, zip, area] = rng.pick(locale.cities);
    const contactName = `${rng.pick(locale.first)} ${rng.pick(locale.contacts)}`;
    // Two firms of the same name in different cities have different domains.
    let domain = `${slug(base)}.${locale.tld}`;
    if (domains.has(domain)) domain = `${slug(base)}-${slug(city)}.${locale.tld}`;
    if (domains.has(domain)) continue;
    domains.add(domain);
    const role = tenant.country === 'DE' ? rng.pick(ROLES) : rng.pick(ROLES.filter((r) => r !== 'einkauf'));
    const email = rng.chance(0.96) ? `${role}@${domain}` : null;
    const tier = rng.weighted({ A: 12, B: 55, C: 33 });
    customers.push({
      tenant: tenant.id,
      number: `C-${firstNumber + customers.length}`,
      name,
      contactName,
      email,
      requesterEmail:
        email ?? `${slug(contactName).replace(/-/g, '.')}${firstNumber + customers.length}@gmail.com`,
      phone: rng.chance(0.92) ? locale.phone(rng, area) : null,
      tier,
      helpdeskUserId: opts.firstUserId + customers.length,
      creditBlock: rng.chance(tier === 'C' ? 0.08 : 0.02),
      address: {
        name,
        street: locale.street(rng, rng.pick(locale.streets)),
        street2: rng.chance(0.15)
          ? tenant.country === 'DE'
            ? `Tor ${rng.int(1, 9)}`
            : `Dock ${rng.int(1, 20)}`
          : null,
        zip,
        city,
        country: tenant.country,
      },
    });
  }
  return customers;
}
