export {
  renderAccessibilityPage,
  renderConsultationPrivacyPage,
  renderContactPage,
  renderImpressumPage,
  renderPrivacyPage,
} from './legal-pages.tsx';
