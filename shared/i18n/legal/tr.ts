import type { LegalMessages } from './de.ts';

/** Turkish: the legal pages. */
export const tr = {
  phone: 'Telefon',
  email: 'E-posta',
  web: 'İnternet',
  impressum: {
    title: 'Künye (Impressum)',
    provider: 'Hizmet sağlayıcı',
    legalForm: 'Hukuki yapı',
    representedBy: 'Temsilen',
    vatId: 'KDV kimlik numarası',
    supervisoryAuthority: 'Denetim makamı',
    contentResponsible: 'Eyaletlerarası Medya Antlaşması (MStV) madde 18 fıkra 2 uyarınca içerikten sorumlu',
    software: 'Bu sayfalar, EUPL-1.2 lisanslı özgür yazılım Mitwirken ile çalışır.',
  },
  privacy: {
    title: 'Veri koruma',
    intro: (p) =>
      `Burada ${p.operator} kurumunun bu katılım platformunda hangi verileri, hangi amaçla ve ne kadar süreyle işlediğini ve hangi haklara sahip olduğunuzu açıklıyoruz.`,
    controller: 'Sorumlu kurum',
    officer: 'Veri koruma görevlisi',
    visits: 'Sayfaları açtığınızda',
    visitsText:
      'Tarayıcınız teknik olarak gerekli verileri gönderir: IP adresiniz, açılan adres, saat ve tarayıcı bilgisi. Bunları yalnızca sayfaları sunmak ve saldırılara karşı korumak için kullanır, kayıtları en geç 90 gün sonra sileriz.',
    noTracking:
      'Reklam veya istatistik için çerez ve üçüncü taraf analiz hizmeti kullanmıyoruz. Sayfalar başka sunuculardan betik veya yazı tipi yüklemez.',
    consultations: 'Katılım süreçlerinin veri koruma bilgileri',
    consultationsText:
      'Bir katılım sürecinde neleri sakladığımız, o sürecin kendi veri koruma bilgilerinde yazar. Bağlantıyı sürecin sayfasında ve burada bulabilirsiniz:',
    legalBasis: 'Hukuki dayanak',
    processor: 'Verilerin saklandığı yer',
    processorText: (p) =>
      `Platform bizim adımıza ${p.provider} tarafından ${p.location} veri merkezinde (bölge ${p.region}) çalıştırılır. Veriler Avrupa Birliği içinde kalır. Sağlayıcıyla GVKT madde 28 uyarınca veri işleme sözleşmesi vardır.`,
    rights: 'Haklarınız',
    rightsList: [
      'Verileriniz hakkında bilgi alma (GVKT madde 15)',
      'Yanlış verilerin düzeltilmesi (GVKT madde 16)',
      'Verilerinizin silinmesi (GVKT madde 17)',
      'İşlemenin kısıtlanması (GVKT madde 18)',
      'İşlemeye itiraz (GVKT madde 21)',
      'Onayın ileriye dönük geri alınması (GVKT madde 7 fıkra 3)',
    ],
    rightsHow: 'Bunun için sorumlu kuruma veya veri koruma görevlisine yazın.',
    complaint: 'Denetim makamına şikâyet',
    complaintText:
      'Bir veri koruma denetim makamına şikâyette bulunma hakkınız vardır (GVKT madde 77). Yetkili makam:',
  },
  consultationPrivacy: {
    title: (p) => `Veri koruma bilgileri: ${p.title}`,
    purpose: (p) =>
      `Bilgilerinizi “${p.title}” katılım sürecini yürütmek ve değerlendirmek için işliyoruz. Katılım gönüllüdür.`,
    personal: 'Bu bilgiler kişinizle ilgilidir',
    personalNone: 'Bu katılım süreci kişinizle ilgili bilgi istemez.',
    others:
      'Diğer yanıtlarınızı herkesinkilerle birlikte değerlendiriyoruz. Yalnızca seçenekli soruların rakamları yayımlanır; kendi cümleleriniz ve adınız asla yayımlanmaz.',
    retention: (p) =>
      `Yanıtlarınızı ve bilgilerinizi gönderdikten ${p.days} gün sonra sileriz. Değerlendirme rakamları kişinizle bağlantısız olarak kalır.`,
    emailCheck:
      'E-posta adresinizi size bir onay bağlantısı göndermek için kullanırız. Yanıtınız ancak onayladıktan sonra sayılır. Herkesin yalnızca bir kez sayılması için adresinizin şifrelenmiş bir kontrol değerini saklarız.',
    workflow: (p) =>
      `Öneriniz sırayla şu kurullar tarafından incelenir: ${p.stages}. Kurul üyeleri karar vermek için bilgilerinizi görür.`,
    questions: (p) => `Bu katılım süreciyle ilgili sorular: ${p.name}, ${p.email}.`,
    general: 'Genel veri koruma bilgileri, haklarınız ve denetim makamı',
  },
  accessibility: {
    title: 'Erişilebilirlik beyanı',
    intro: (p) =>
      `${p.operator}, bu katılım platformunu Aşağı Saksonya Engellilerin Eşitliği Yasası (NBGG) ve Erişilebilir Bilgi Teknolojisi Yönetmeliği (BITV 2.0) uyarınca erişilebilir kılmaya çalışmaktadır.`,
    status: 'Gerekliliklere uygunluk durumu',
    statusText: {
      full: 'Bu web sitesi BITV 2.0 gerekliliklerine tamamen uygundur.',
      partial:
        'Bu web sitesi BITV 2.0 gerekliliklerine kısmen uygundur. Erişilebilir olmayan içerikler aşağıda yer alır.',
      none: 'Bu web sitesi BITV 2.0 gerekliliklerine uygun değildir. Erişilebilir olmayan içerikler aşağıda yer alır.',
    },
    barriers: 'Erişilebilir olmayan içerikler',
    noBarriers: 'Şu anda bildiğimiz bir engel yok.',
    prepared: 'Bu beyanın hazırlanması',
    preparedText: (p) =>
      `Bu beyan ${p.prepared} tarihinde hazırlanmış ve en son ${p.reviewed} tarihinde gözden geçirilmiştir. Dayanak: ${p.method}.`,
    feedback: 'Engel bildirin: geri bildirim ve iletişim',
    feedbackText:
      'Erişilebilirlikle ilgili eksiklikler fark ettiniz mi? Ya da içeriklere başka, erişilebilir bir biçimde mi ihtiyacınız var? Bize yazın veya bizi arayın:',
    enforcement: 'Uzlaştırma süreci',
    enforcementText:
      'Bildiriminize tatmin edici bir yanıt alamazsanız uzlaştırma kuruluna başvurabilirsiniz. Süreç ücretsizdir ve avukata ihtiyacınız yoktur.',
  },
  contact: {
    title: 'İletişim',
    intro: 'Bu katılım platformunu işleten birime şöyle ulaşabilirsiniz:',
    perConsultation:
      'Tek bir katılım süreciyle ilgili soruları, o süreci yürüten birim yanıtlar. Bu birim sürecin sayfalarında ve e-postalarında yazar.',
  },
} satisfies LegalMessages;
