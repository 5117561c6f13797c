import type { ResultsMessages } from './de.ts';

/** Turkish: the public results page of a consultation. */
export const tr = {
  title: (p) => `Sonuçlar: ${p.title}`,
  asOf: (p) => `Tarih itibarıyla: ${p.date}`,
  participants: 'Katılımcılar',
  live: 'Katılım süreci devam ediyor. Yanıtlar geldikçe rakamlar değişir.',
  ended: (p) => `Katılım süreci ${p.date} tarihinde sona erdi. Bunlar kesin rakamlardır.`,
  notYetTitle: 'Sonuçlar henüz yayımlanmadı',
  notYet: (p) => `Sonuçları, katılım süreci ${p.date} tarihinde sona erdikten sonra yayımlayacağız.`,
  answer: 'Yanıt',
  count: 'Sayı',
  share: 'Oran',
  severalAnswers: 'Birden fazla yanıt verilebiliyordu; bu nedenle oranların toplamı %100’ü aşar.',
  chart: (p) => `Çubuk grafik: ${p.question}`,
  chartBar: (p) => `${p.answer}: ${p.count} (${p.share})`,
  chartNote: 'Grafik, yukarıdaki tablo ile aynı rakamları gösterir.',
  agreed: 'Onaylandı',
  noQuestions: 'Bu katılım sürecinde sayılan seçenekli soru yok.',
  nobodyYet: 'Henüz kimse katılmadı.',
  freeText: 'Kendi cümlelerinizle yazdığınız yanıtları yayımlamıyoruz.',
  toConsultation: 'Katılım sürecine git',
  toHome: 'Tüm katılım süreçleri',
} satisfies ResultsMessages;
