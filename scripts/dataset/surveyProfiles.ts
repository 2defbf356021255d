// Salary-survey profiles: roles for which Worth carries a survey's own figures as one cited source.
// The figures below are transcribed from the page Worth grew from (../shared/seed/backend-architect-usa-2025.txt);
// surveyProfiles.test.ts checks each one against that text. Only figures are taken, never its sentences.
import type { SurveyProfile } from '../../src/core/dataset/format'

export const SURVEY_PROFILES: SurveyProfile[] = [
  {
    id: 'backend-architect-usa-2025',
    title: 'Backend Architect',
    titles: ['Backend Architect', 'Back End Architect', 'Back-End Architect', 'Backend Software Architect'],
    nearestSoc: '15-1252',
    source: {
      id: 'survey-backend-architect-2025',
      publisher: 'Commercial salary-insights page (user-reported salaries and a proprietary total-pay model)',
      title: 'Backend Architect Salary Insights for USA (2025)',
      release: '2025 salary survey (reported)',
      licence: 'Figures cited as facts; none of its text is reused',
      use: 'Total pay, bonus, stock, experience and city figures for Backend Architect',
    },
    totalPay: { p10: 60008, p50: 93599, p90: 139901 },
    averageBase: 99955,
    baseRange: { low: 60000, high: 140000 },
    additionalPay: 25875,
    bonus: { low: 17000, high: 23000 },
    stock: { low: 22000, high: 43000 },
    byExperience: { '0-2': 90000, '3-5': 120000, '6-10': 150000, '10+': 180000 },
    byCity: [
      { name: 'San Francisco', area: '41860', median: 150000, low: null, high: null },
      { name: 'New York', area: '35620', median: 140000, low: null, high: null },
      { name: 'Seattle', area: '42660', median: 135000, low: null, high: null },
      { name: 'Boston', area: '14460', median: null, low: 120000, high: 130000 },
      { name: 'Los Angeles', area: '31080', median: null, low: 120000, high: 130000 },
      { name: 'Washington, DC', area: '47900', median: null, low: 120000, high: 130000 },
      { name: 'Dallas', area: '19100', median: null, low: 105000, high: 115000 },
      { name: 'Chicago', area: '16980', median: null, low: 105000, high: 115000 },
      { name: 'Atlanta', area: '12060', median: null, low: 105000, high: 115000 },
    ],
    careerPath: [
      { title: 'Software Engineer', years: '0-2' },
      { title: 'Senior Software Engineer', years: '3-5' },
      { title: 'Lead Software Engineer', years: '5-8' },
      { title: 'Principal Architect', years: '8+' },
    ],
    skills: ['System Design', 'Scalability', 'API Development', 'Database Management', 'Cloud Computing'],
    // Worth's own summary of the role (the survey's description is not reused).
    description:
      'Designs the server side of software systems: how services, data stores and APIs fit together, which technologies to use, and the standards a development team follows so the system stays fast, secure and able to grow. Usually a senior engineering role.',
  },
]
