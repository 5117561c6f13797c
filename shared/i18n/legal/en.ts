import type { LegalMessages } from './de.ts';

/** English: the legal pages. */
export const en = {
  phone: 'Phone',
  email: 'Email',
  web: 'Website',
  impressum: {
    title: 'Legal notice (Impressum)',
    provider: 'Provider',
    legalForm: 'Legal form',
    representedBy: 'Represented by',
    vatId: 'VAT identification number',
    supervisoryAuthority: 'Supervisory authority',
    contentResponsible:
      'Responsible for the content under section 18(2) of the Interstate Media Treaty (MStV)',
    software: 'These pages run on Mitwirken, free software under the EUPL-1.2 licence.',
  },
  privacy: {
    title: 'Privacy',
    intro: (p) =>
      `Here we explain which data ${p.operator} processes on this participation platform, why and for how long, and what rights you have.`,
    controller: 'Controller',
    officer: 'Data protection officer',
    visits: 'When you open the pages',
    visitsText:
      'Your browser sends technically necessary data: your IP address, the address opened, the time and the browser identifier. We use them only to deliver the pages and to protect them against attacks, and delete the logs after 90 days at the latest.',
    noTracking:
      'We use no cookies for advertising or statistics and no third-party analytics. The pages load no scripts and no fonts from other servers.',
    consultations: 'Privacy notices of the consultations',
    consultationsText:
      'What we store for a consultation is stated in its own privacy notice. You find the link on the consultation’s page and here:',
    legalBasis: 'Legal basis',
    processor: 'Where the data is stored',
    processorText: (p) =>
      `The platform is run on our behalf by ${p.provider} in the data centre ${p.location} (region ${p.region}). The data stays in the European Union. A data processing agreement under Article 28 GDPR is in place with the provider.`,
    rights: 'Your rights',
    rightsList: [
      'Access to your data (Article 15 GDPR)',
      'Rectification of incorrect data (Article 16 GDPR)',
      'Erasure of your data (Article 17 GDPR)',
      'Restriction of processing (Article 18 GDPR)',
      'Objection to the processing (Article 21 GDPR)',
      'Withdrawal of consent for the future (Article 7(3) GDPR)',
    ],
    rightsHow: 'To use them, write to the controller or to the data protection officer.',
    complaint: 'Complaint to the supervisory authority',
    complaintText:
      'You have the right to lodge a complaint with a data protection supervisory authority (Article 77 GDPR). The competent authority is:',
  },
  consultationPrivacy: {
    title: (p) => `Privacy notice: ${p.title}`,
    purpose: (p) =>
      `We process your details to run and evaluate the consultation “${p.title}”. Taking part is voluntary.`,
    personal: 'These details are about you personally',
    personalNone: 'This consultation does not ask for any details about you personally.',
    others:
      'We evaluate your other answers together with everyone else’s. Only figures for questions with answer options are published, never your own words and never your name.',
    retention: (p) =>
      `We delete your answers and details ${p.days} days after you send them. The figures of the evaluation remain, without any link to you.`,
    emailCheck:
      'We use your email address to send you a confirmation link. Your answer counts only once you have confirmed it. So that each person counts only once, we store an encrypted check value of your address.',
    workflow: (p) =>
      `Your proposal is reviewed by these bodies, one after the other: ${p.stages}. Their members see your details in order to decide.`,
    questions: (p) => `Questions about this consultation: ${p.name}, ${p.email}.`,
    general: 'General privacy notice, your rights and the supervisory authority',
  },
  accessibility: {
    title: 'Accessibility statement',
    intro: (p) =>
      `${p.operator} endeavours to make this participation platform accessible in accordance with the Lower Saxony Disability Equality Act (NBGG) and the Accessible Information Technology Ordinance (BITV 2.0).`,
    status: 'Compliance status',
    statusText: {
      full: 'This website is fully compliant with the requirements of BITV 2.0.',
      partial:
        'This website is partially compliant with the requirements of BITV 2.0. The content that is not accessible is listed below.',
      none: 'This website is not compliant with the requirements of BITV 2.0. The content that is not accessible is listed below.',
    },
    barriers: 'Content that is not accessible',
    noBarriers: 'We currently know of no barriers.',
    prepared: 'Preparation of this statement',
    preparedText: (p) =>
      `This statement was prepared on ${p.prepared} and last reviewed on ${p.reviewed}. Basis: ${p.method}.`,
    feedback: 'Report a barrier: feedback and contact',
    feedbackText:
      'Have you noticed barriers to accessing content? Or do you need content in another, accessible form? Write to us or call us:',
    enforcement: 'Conciliation procedure',
    enforcementText:
      'If you do not receive a satisfactory answer to your report, you can turn to the conciliation body. The procedure is free of charge, and you do not need a lawyer.',
  },
  contact: {
    title: 'Contact',
    intro: 'How to reach the office that runs this participation platform:',
    perConsultation:
      'Questions about a single consultation are answered by the office that runs it. It is named on the consultation’s pages and in its emails.',
  },
} satisfies LegalMessages;
