import type { ErasureMessages } from './de.ts';

/** Turkish: erasure on request. */
export const tr = {
  sectionTitle: 'Kişisel verilerinizi silin',
  sectionText:
    'Bu katkıya ait kişisel bilgilerinizi istediğiniz zaman sildirebilirsiniz. Bir sonraki adımda neyin silineceğini ve neyin kalacağını görürsünüz.',
  startButton: 'Verilerimi sil',
  confirmTitle: 'Kişisel verilerinizi silmek istiyor musunuz?',
  removedTitle: 'Hemen silinecekler',
  removedContact: 'E-posta adresiniz ve telefon numaranız, kopya için verdiğiniz adres de',
  keptTitle: 'Kalanlar',
  keptAnswers: 'Kimliğinizi belli etmeyen diğer yanıtlarınız. Sonuçlarda sayılmaya devam eder.',
  keptReference: 'Dosya numarası, tarih ve kararların geçmişi.',
  keptWorkflow:
    'Katkınız hakkında karar süreci devam eder. Bununla ilgili artık e-posta almazsınız; durumu bu bağlantıdan görmeye devam edersiniz.',
  departmentTold:
    'Katılımın iletişim birimi verilerinizi sildiğinizi öğrenir, ancak içlerinde ne yazdığını öğrenmez.',
  final: 'Silme işlemi geri alınamaz.',
  confirmButton: 'Evet, verilerimi şimdi sil',
  cancel: 'Vazgeç ve katkınızın sayfasına dön',
  doneTitle: 'Kişisel verileriniz silindi',
  doneText: (p) => `Kişisel bilgilerinizi ${p.at} tarihinde sildik.`,
  alreadyTitle: 'Kişisel verileriniz zaten silinmiş',
  alreadyText: (p) => `${p.at} tarihinde silindiler. Silinecek başka bir şey yok.`,
  notice: (p) => `Kişisel bilgileriniz isteğiniz üzerine ${p.at} tarihinde silindi.`,
  timeline: 'Kişisel verileriniz isteğiniz üzerine silindi.',
  backToStatus: 'Katkınızın sayfasına git',
} satisfies ErasureMessages;
