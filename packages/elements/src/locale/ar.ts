/** Interface text in Arabic (right-to-left). Register it with `registerLocale(ar)`: the scales speak it at once, and a chart that speaks it loads its own text and alert texts (./chart/ar.js) when it first renders. */
import type { LocaleStrings } from './strings.js';

export const ar: LocaleStrings = {
  lang: 'ar',
  notMarked: 'غير محدد',
  valueOf10: '{v} من {max}',
  total: 'المجموع',
  markLine: 'ضع علامة على هذا الخط للمتابعة.',
  sent: 'تم الإرسال.',
  placeholder: 'نص مؤقت: سجّل المحتوى المرخّص الخاص بك.',
  entryItem: 'القيمة المقيسة، من 0 إلى 10',
  entryTotal: 'المجموع، من 0 إلى 40',
  badNumber: 'أدخل رقمًا من 0 إلى {max} بمنزلة عشرية واحدة على الأكثر.',
  givenOn: 'أُجيب عنه في {d}',
  readItem: 'اقرأ البند {n} بصوت عالٍ',
  readInstructions: 'اقرأ التعليمات بصوت عالٍ',
  chart: () => import('./chart/ar.js').then((m) => m.chartAr),
};
