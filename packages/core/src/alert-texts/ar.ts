/**
 * Alert texts in Arabic (Modern Standard Arabic): `wordAlert(alert, alertTextsAr)`. The prompts
 * avoid verbs whose written form differs for a man and a woman where they can (a verbal noun in
 * their place). They await review by an Arabic-speaking clinician (docs/languages.md).
 */
import type { AlertTexts, AlertWords } from './alert-words.js';
import { isGroup } from './alert-words.js';
import type { Rater } from '../rating.js';

const RATER: Record<Rater, string> = { client: '', caretaker: ' بتقييم مقدّم الرعاية', teacher: ' بتقييم المعلّم', partner: ' بتقييم الشريك', other: ' بتقييم شخص آخر' };

/** "مجموع ORS"، "مجموع CORS بتقييم مقدّم الرعاية"، "مجموع GSRS للعميل c-2". */
const subject = (f: AlertWords, kind: string, noun = 'مجموع') =>
  `${noun} ${f.instrument ? f.instrument.toUpperCase() : kind}${RATER[f.rater ?? 'client']}${f.clientId !== undefined ? ` للعميل ${f.clientId}` : ''}`;
const fell = (f: AlertWords, kind: string) => `انخفض ${subject(f, kind)} من ${f.previous} في الجلسة ${f.previousSession} إلى ${f.total} في الجلسة ${f.session}، بفارق ${f.drop}`;

export const alertTextsAr: AlertTexts = {
  lang: 'ar',
  separator: '، ',
  texts: {
    deteriorated: {
      message: (f) =>
        `انخفض ${subject(f, 'النتائج')} من ${f.intake} عند بدء العلاج إلى ${f.total} في الجلسة ${f.session}، وهو تدهور موثوق (${f.threshold} نقاط أو أكثر). راجِع مستوى الخطورة.`,
      prompt: (f) =>
        f.rater && f.rater !== 'client'
          ? 'تشير تقييماتك إلى أن الأمور أصبحت أصعب منذ أن بدأنا. أودّ أن أفهم ما لاحظته، وأن أتأكد من أن الجميع كانوا في أمان.'
          : 'يبدو أن الأمور أصبحت أصعب عليك منذ أن بدأنا. أودّ أن أفهم ما الذي يجري، وأن أطمئن على مدى شعورك بالأمان. ما أكثر ما يلفت انتباهك في ذلك؟',
    },
    'last-chance': {
      message: (f) =>
        `لا يُظهر ${subject(f, 'النتائج')} تحسّنًا موثوقًا بعد ${f.sessionsSoFar} من الجلسات (عند البدء ${f.intake}، والآن ${f.total}): حان وقت حديث حاسم حول تغيير الخطة أو الإحالة.`,
      prompt: () =>
        'التقينا عدة مرات حتى الآن، ولم تتغيّر تقييماتك بالقدر الذي كنا نأمله. يهمّني حصولك على ما يساعدك: هل نغيّر طريقة عملنا، أو نضيف شيئًا، أو نفكّر في مختص آخر قد يكون أنسب لك؟',
    },
    'reliable-drop': {
      message: (f) => `${fell(f, 'النتائج')}: انخفاض موثوق (${f.threshold} نقاط أو أكثر).`,
      prompt: () => 'تقييمك اليوم أقل بكثير من المرة الماضية. ما الذي حدث منذ لقائنا الأخير؟',
    },
    'not-on-track': {
      message: (f) => `${subject(f, 'النتائج')} ${f.total} في الجلسة ${f.session} أقل من النطاق المتوقع (الحد الأدنى ${f.threshold}) لقيمة بدء قدرها ${f.intake}.`,
      prompt: () => 'عند النظر إلى تقييماتك حتى الآن، لم تتغيّر الأمور بالقدر الذي كنا نأمله. ما رأيك في ذلك؟ وهل هناك شيء يمكننا تجربته بطريقة مختلفة؟',
    },
    checkpoint: {
      message: (f) =>
        `لا يُظهر ${subject(f, 'النتائج')} تغيّرًا موثوقًا بعد ${f.sessionsSoFar} من الجلسات (عند البدء ${f.intake}، والآن ${f.total}): حان وقت حديث لمراجعة سير العلاج.`,
      prompt: () => 'لم تتغيّر تقييماتك كثيرًا منذ أن بدأنا. ما رأيك في ذلك؟ هل هناك شيء في طريقة عملنا ينبغي أن ننظر فيه معًا؟',
    },
    'alliance-low': {
      message: (f) => `${subject(f, 'التحالف')} ${f.total} في الجلسة ${f.session} أقل من ${f.threshold}.`,
      prompt: (f) =>
        isGroup(f)
          ? 'شكرًا على صراحتك بشأن جلسة اليوم. ما الذي يمكننا فعله بشكل مختلف لتصبح المجموعة أكثر فائدة لك؟'
          : 'شكرًا على صراحتك بشأن جلسة اليوم. ما الذي يمكنني فعله بشكل مختلف ليصبح وقتنا معًا أكثر فائدة لك؟',
    },
    'alliance-drop': {
      message: (f) => `${fell(f, 'التحالف')} (التنبيه عند ${f.threshold} أو أكثر).`,
      prompt: (f) =>
        isGroup(f)
          ? 'كان تقييمك لجلسة المجموعة اليوم أقل قليلًا من المرة الماضية. هل كان هناك شيء في المجموعة لم يكن مريحًا، أو شيء فاتنا؟'
          : 'كان تقييمك لجلسة اليوم أقل قليلًا من المرة الماضية. هل كان هناك شيء في حديثنا لم يكن مريحًا، أو شيء فاتنا؟',
    },
    'alliance-item-low': {
      message: (f) => `في الجلسة ${f.session}، ${subject(f, 'التحالف', f.lowItems === 1 ? 'بند من' : 'بنود من')} أقل من ${f.threshold}: ${f.items}.`,
      prompt: (f) => {
        const what = isGroup(f) ? 'جلسة المجموعة اليوم' : 'جلسة اليوم';
        return f.lowItems === 1
          ? `لاحظتُ أن جانبًا واحدًا من ${what} حصل على تقييم أقل. هل يمكنك إخباري بالمزيد عنه، حتى أعدّل طريقة عملنا؟`
          : `لاحظتُ أن بعض جوانب ${what} حصلت على تقييمات أقل. هل يمكنك إخباري بالمزيد عنها، حتى أعدّل طريقة عملنا؟`;
      },
    },
    'no-outcome-yet': {
      message: () => 'لا يوجد تقييم للنتائج بعد.',
      prompt: (f) =>
        f.youngChild
          ? 'قبل أن نبدأ، هل يمكنك وضع علامة تبيّن كيف كانت أحوال طفلك خلال الأسبوع الماضي؟ يساعدنا ذلك معًا على معرفة ما إذا كان ما نقوم به مفيدًا.'
          : 'قبل أن نبدأ، هل يمكنك وضع علامة تبيّن كيف كانت أحوالك خلال الأسبوع الماضي؟ يساعدنا ذلك معًا على معرفة ما إذا كان ما نقوم به مفيدًا.',
    },
  },
};
