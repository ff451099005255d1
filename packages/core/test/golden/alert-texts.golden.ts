// Written by packages/internal-scripts/write-alert-texts-golden.js (npm run golden:alert-texts): every alert
// code in every language, for each set of facts in alert-texts-variants.ts, as [message, prompt].
// Clinical wording: a change here is a change a clinician who speaks the language should review.
export const ALERT_TEXTS_GOLDEN: Record<string, Record<string, Record<string, [string, string]>>> = {
 "en": {
  "deteriorated": {
   "caretaker, ORS, two items, named client": [
    "Caretaker's ORS total for client c-2 fell from 24.2 at intake to 17.5 at session 6, a reliable worsening (5 points or more). Review risk.",
    "Your ratings say things have become harder since we started. I would like to understand what you have noticed, and to check that everyone has been safe."
   ],
   "client, group alliance, one item, young child": [
    "GSRS total fell from 24.2 at intake to 17.5 at session 6, a reliable worsening (5 points or more). Review risk.",
    "It looks like things have become harder for you since we started. I would like to understand what has been going on, and to check how safe you have been feeling. What stands out for you?"
   ],
   "teacher, CORS, items as English text": [
    "Teacher's CORS total fell from 24.2 at intake to 17.5 at session 6, a reliable worsening (5 points or more). Review risk.",
    "Your ratings say things have become harder since we started. I would like to understand what you have noticed, and to check that everyone has been safe."
   ],
   "partner, SRS, whole numbers": [
    "Partner's SRS total fell from 35 at intake to 30 at session 3, a reliable worsening (5 points or more). Review risk.",
    "Your ratings say things have become harder since we started. I would like to understand what you have noticed, and to check that everyone has been safe."
   ],
   "another rater, YCORS, not a young child": [
    "Other's YCORS total fell from 24.2 at intake to 17.5 at session 6, a reliable worsening (5 points or more). Review risk.",
    "Your ratings say things have become harder since we started. I would like to understand what you have noticed, and to check that everyone has been safe."
   ],
   "no facts but the numbers": [
    "Outcome total fell from 24.2 at intake to 17.5 at session 6, a reliable worsening (5 points or more). Review risk.",
    "It looks like things have become harder for you since we started. I would like to understand what has been going on, and to check how safe you have been feeling. What stands out for you?"
   ]
  },
  "last-chance": {
   "caretaker, ORS, two items, named client": [
    "Caretaker's ORS total for client c-2 shows no reliable improvement after 6 sessions (intake 24.2, now 17.5) (rated by the caretaker): time for a last-chance conversation about changing the plan or a referral.",
    "We have met several times now and your ratings have not moved as much as we hoped. I want to make sure you get what helps: should we change how we work, add something, or think about someone else who might be a better fit?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS total shows no reliable improvement after 6 sessions (intake 24.2, now 17.5): time for a last-chance conversation about changing the plan or a referral.",
    "We have met several times now and your ratings have not moved as much as we hoped. I want to make sure you get what helps: should we change how we work, add something, or think about someone else who might be a better fit?"
   ],
   "teacher, CORS, items as English text": [
    "Teacher's CORS total shows no reliable improvement after 6 sessions (intake 24.2, now 17.5) (rated by the teacher): time for a last-chance conversation about changing the plan or a referral.",
    "We have met several times now and your ratings have not moved as much as we hoped. I want to make sure you get what helps: should we change how we work, add something, or think about someone else who might be a better fit?"
   ],
   "partner, SRS, whole numbers": [
    "Partner's SRS total shows no reliable improvement after 3 sessions (intake 35, now 30) (rated by the partner): time for a last-chance conversation about changing the plan or a referral.",
    "We have met several times now and your ratings have not moved as much as we hoped. I want to make sure you get what helps: should we change how we work, add something, or think about someone else who might be a better fit?"
   ],
   "another rater, YCORS, not a young child": [
    "Other's YCORS total shows no reliable improvement after 6 sessions (intake 24.2, now 17.5) (rated by the other): time for a last-chance conversation about changing the plan or a referral.",
    "We have met several times now and your ratings have not moved as much as we hoped. I want to make sure you get what helps: should we change how we work, add something, or think about someone else who might be a better fit?"
   ],
   "no facts but the numbers": [
    "Outcome total shows no reliable improvement after 6 sessions (intake 24.2, now 17.5): time for a last-chance conversation about changing the plan or a referral.",
    "We have met several times now and your ratings have not moved as much as we hoped. I want to make sure you get what helps: should we change how we work, add something, or think about someone else who might be a better fit?"
   ]
  },
  "reliable-drop": {
   "caretaker, ORS, two items, named client": [
    "Caretaker's ORS total for client c-2 fell from 23.4 at session 5 to 17.5 at session 6, a drop of 5.9: reliable (5 points or more).",
    "Your rating is quite a bit lower than last time. What has happened since we last met?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS total fell from 23.4 at session 5 to 17.5 at session 6, a drop of 5.9: reliable (5 points or more).",
    "Your rating is quite a bit lower than last time. What has happened since we last met?"
   ],
   "teacher, CORS, items as English text": [
    "Teacher's CORS total fell from 23.4 at session 5 to 17.5 at session 6, a drop of 5.9: reliable (5 points or more).",
    "Your rating is quite a bit lower than last time. What has happened since we last met?"
   ],
   "partner, SRS, whole numbers": [
    "Partner's SRS total fell from 36 at session 2 to 30 at session 3, a drop of 6: reliable (5 points or more).",
    "Your rating is quite a bit lower than last time. What has happened since we last met?"
   ],
   "another rater, YCORS, not a young child": [
    "Other's YCORS total fell from 23.4 at session 5 to 17.5 at session 6, a drop of 5.9: reliable (5 points or more).",
    "Your rating is quite a bit lower than last time. What has happened since we last met?"
   ],
   "no facts but the numbers": [
    "Outcome total fell from 23.4 at session 5 to 17.5 at session 6, a drop of 5.9: reliable (5 points or more).",
    "Your rating is quite a bit lower than last time. What has happened since we last met?"
   ]
  },
  "not-on-track": {
   "caretaker, ORS, two items, named client": [
    "Caretaker's ORS total for client c-2 17.5 at session 6 is below the expected range (lower bound 5) for an intake of 24.2.",
    "Looking at your ratings so far, things have not changed as much as we hoped. What do you make of that, and is there something we could try differently?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS total 17.5 at session 6 is below the expected range (lower bound 5) for an intake of 24.2.",
    "Looking at your ratings so far, things have not changed as much as we hoped. What do you make of that, and is there something we could try differently?"
   ],
   "teacher, CORS, items as English text": [
    "Teacher's CORS total 17.5 at session 6 is below the expected range (lower bound 5) for an intake of 24.2.",
    "Looking at your ratings so far, things have not changed as much as we hoped. What do you make of that, and is there something we could try differently?"
   ],
   "partner, SRS, whole numbers": [
    "Partner's SRS total 30 at session 3 is below the expected range (lower bound 5) for an intake of 35.",
    "Looking at your ratings so far, things have not changed as much as we hoped. What do you make of that, and is there something we could try differently?"
   ],
   "another rater, YCORS, not a young child": [
    "Other's YCORS total 17.5 at session 6 is below the expected range (lower bound 5) for an intake of 24.2.",
    "Looking at your ratings so far, things have not changed as much as we hoped. What do you make of that, and is there something we could try differently?"
   ],
   "no facts but the numbers": [
    "Outcome total 17.5 at session 6 is below the expected range (lower bound 5) for an intake of 24.2.",
    "Looking at your ratings so far, things have not changed as much as we hoped. What do you make of that, and is there something we could try differently?"
   ]
  },
  "checkpoint": {
   "caretaker, ORS, two items, named client": [
    "Caretaker's ORS total for client c-2 shows no reliable change after 6 sessions (intake 24.2, now 17.5) (rated by the caretaker): time for a checkpoint conversation.",
    "Your ratings have not changed much since we started. What do you make of that? Is there something about how we work that we should look at together?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS total shows no reliable change after 6 sessions (intake 24.2, now 17.5): time for a checkpoint conversation.",
    "Your ratings have not changed much since we started. What do you make of that? Is there something about how we work that we should look at together?"
   ],
   "teacher, CORS, items as English text": [
    "Teacher's CORS total shows no reliable change after 6 sessions (intake 24.2, now 17.5) (rated by the teacher): time for a checkpoint conversation.",
    "Your ratings have not changed much since we started. What do you make of that? Is there something about how we work that we should look at together?"
   ],
   "partner, SRS, whole numbers": [
    "Partner's SRS total shows no reliable change after 3 sessions (intake 35, now 30) (rated by the partner): time for a checkpoint conversation.",
    "Your ratings have not changed much since we started. What do you make of that? Is there something about how we work that we should look at together?"
   ],
   "another rater, YCORS, not a young child": [
    "Other's YCORS total shows no reliable change after 6 sessions (intake 24.2, now 17.5) (rated by the other): time for a checkpoint conversation.",
    "Your ratings have not changed much since we started. What do you make of that? Is there something about how we work that we should look at together?"
   ],
   "no facts but the numbers": [
    "Outcome total shows no reliable change after 6 sessions (intake 24.2, now 17.5): time for a checkpoint conversation.",
    "Your ratings have not changed much since we started. What do you make of that? Is there something about how we work that we should look at together?"
   ]
  },
  "alliance-low": {
   "caretaker, ORS, two items, named client": [
    "Caretaker's ORS total for client c-2 17.5 at session 6 is below 5.",
    "Thank you for being honest about today. What could I do differently so that our time together is more useful to you?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS total 17.5 at session 6 is below 5.",
    "Thank you for being honest about today. What could we do differently so that the group is more useful to you?"
   ],
   "teacher, CORS, items as English text": [
    "Teacher's CORS total 17.5 at session 6 is below 5.",
    "Thank you for being honest about today. What could I do differently so that our time together is more useful to you?"
   ],
   "partner, SRS, whole numbers": [
    "Partner's SRS total 30 at session 3 is below 5.",
    "Thank you for being honest about today. What could I do differently so that our time together is more useful to you?"
   ],
   "another rater, YCORS, not a young child": [
    "Other's YCORS total 17.5 at session 6 is below 5.",
    "Thank you for being honest about today. What could I do differently so that our time together is more useful to you?"
   ],
   "no facts but the numbers": [
    "Alliance total 17.5 at session 6 is below 5.",
    "Thank you for being honest about today. What could I do differently so that our time together is more useful to you?"
   ]
  },
  "alliance-drop": {
   "caretaker, ORS, two items, named client": [
    "Caretaker's ORS total for client c-2 fell from 23.4 at session 5 to 17.5 at session 6, a drop of 5.9 (alert at 5 or more).",
    "You rated today a little lower than last time. Was there something in our conversation that did not feel right, or something we missed?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS total fell from 23.4 at session 5 to 17.5 at session 6, a drop of 5.9 (alert at 5 or more).",
    "You rated today's group a little lower than last time. Was there something in the group that did not feel right, or something we missed?"
   ],
   "teacher, CORS, items as English text": [
    "Teacher's CORS total fell from 23.4 at session 5 to 17.5 at session 6, a drop of 5.9 (alert at 5 or more).",
    "You rated today a little lower than last time. Was there something in our conversation that did not feel right, or something we missed?"
   ],
   "partner, SRS, whole numbers": [
    "Partner's SRS total fell from 36 at session 2 to 30 at session 3, a drop of 6 (alert at 5 or more).",
    "You rated today a little lower than last time. Was there something in our conversation that did not feel right, or something we missed?"
   ],
   "another rater, YCORS, not a young child": [
    "Other's YCORS total fell from 23.4 at session 5 to 17.5 at session 6, a drop of 5.9 (alert at 5 or more).",
    "You rated today a little lower than last time. Was there something in our conversation that did not feel right, or something we missed?"
   ],
   "no facts but the numbers": [
    "Alliance total fell from 23.4 at session 5 to 17.5 at session 6, a drop of 5.9 (alert at 5 or more).",
    "You rated today a little lower than last time. Was there something in our conversation that did not feel right, or something we missed?"
   ]
  },
  "alliance-item-low": {
   "caretaker, ORS, two items, named client": [
    "At session 6, Caretaker's ORS for client c-2 items below 5: goals 3.5, approach 4.",
    "I noticed some parts of today got lower marks. Could you tell me more about them, so I can adjust how we work?"
   ],
   "client, group alliance, one item, young child": [
    "At session 6, GSRS item below 5: overall 8.5.",
    "I noticed one part of today's group got a lower mark. Could you tell me a bit more about it, so I can adjust how we work?"
   ],
   "teacher, CORS, items as English text": [
    "At session 6, Teacher's CORS items below 5: goals 3.5, approach 4.",
    "I noticed some parts of today got lower marks. Could you tell me more about them, so I can adjust how we work?"
   ],
   "partner, SRS, whole numbers": [
    "At session 3, Partner's SRS item below 5: relationship 8.",
    "I noticed one part of today got a lower mark. Could you tell me a bit more about it, so I can adjust how we work?"
   ],
   "another rater, YCORS, not a young child": [
    "At session 6, Other's YCORS items below 5: .",
    "I noticed some parts of today got lower marks. Could you tell me more about them, so I can adjust how we work?"
   ],
   "no facts but the numbers": [
    "At session 6, alliance items below 5: .",
    "I noticed some parts of today got lower marks. Could you tell me more about them, so I can adjust how we work?"
   ]
  },
  "no-outcome-yet": {
   "caretaker, ORS, two items, named client": [
    "No outcome rating yet.",
    "Before we begin, would you mark how things have been for you this past week? It helps us both see whether what we do is helping."
   ],
   "client, group alliance, one item, young child": [
    "No outcome rating yet.",
    "Before we begin, would you mark how things have been for your child this past week? It helps us both see whether what we do is helping."
   ],
   "teacher, CORS, items as English text": [
    "No outcome rating yet.",
    "Before we begin, would you mark how things have been for you this past week? It helps us both see whether what we do is helping."
   ],
   "partner, SRS, whole numbers": [
    "No outcome rating yet.",
    "Before we begin, would you mark how things have been for you this past week? It helps us both see whether what we do is helping."
   ],
   "another rater, YCORS, not a young child": [
    "No outcome rating yet.",
    "Before we begin, would you mark how things have been for you this past week? It helps us both see whether what we do is helping."
   ],
   "no facts but the numbers": [
    "No outcome rating yet.",
    "Before we begin, would you mark how things have been for you this past week? It helps us both see whether what we do is helping."
   ]
  }
 },
 "ar": {
  "deteriorated": {
   "caretaker, ORS, two items, named client": [
    "انخفض مجموع ORS بتقييم مقدّم الرعاية للعميل c-2 من 24.2 عند بدء العلاج إلى 17.5 في الجلسة 6، وهو تدهور موثوق (5 نقاط أو أكثر). راجِع مستوى الخطورة.",
    "تشير تقييماتك إلى أن الأمور أصبحت أصعب منذ أن بدأنا. أودّ أن أفهم ما لاحظته، وأن أتأكد من أن الجميع كانوا في أمان."
   ],
   "client, group alliance, one item, young child": [
    "انخفض مجموع GSRS من 24.2 عند بدء العلاج إلى 17.5 في الجلسة 6، وهو تدهور موثوق (5 نقاط أو أكثر). راجِع مستوى الخطورة.",
    "يبدو أن الأمور أصبحت أصعب عليك منذ أن بدأنا. أودّ أن أفهم ما الذي يجري، وأن أطمئن على مدى شعورك بالأمان. ما أكثر ما يلفت انتباهك في ذلك؟"
   ],
   "teacher, CORS, items as English text": [
    "انخفض مجموع CORS بتقييم المعلّم من 24.2 عند بدء العلاج إلى 17.5 في الجلسة 6، وهو تدهور موثوق (5 نقاط أو أكثر). راجِع مستوى الخطورة.",
    "تشير تقييماتك إلى أن الأمور أصبحت أصعب منذ أن بدأنا. أودّ أن أفهم ما لاحظته، وأن أتأكد من أن الجميع كانوا في أمان."
   ],
   "partner, SRS, whole numbers": [
    "انخفض مجموع SRS بتقييم الشريك من 35 عند بدء العلاج إلى 30 في الجلسة 3، وهو تدهور موثوق (5 نقاط أو أكثر). راجِع مستوى الخطورة.",
    "تشير تقييماتك إلى أن الأمور أصبحت أصعب منذ أن بدأنا. أودّ أن أفهم ما لاحظته، وأن أتأكد من أن الجميع كانوا في أمان."
   ],
   "another rater, YCORS, not a young child": [
    "انخفض مجموع YCORS بتقييم شخص آخر من 24.2 عند بدء العلاج إلى 17.5 في الجلسة 6، وهو تدهور موثوق (5 نقاط أو أكثر). راجِع مستوى الخطورة.",
    "تشير تقييماتك إلى أن الأمور أصبحت أصعب منذ أن بدأنا. أودّ أن أفهم ما لاحظته، وأن أتأكد من أن الجميع كانوا في أمان."
   ],
   "no facts but the numbers": [
    "انخفض مجموع النتائج من 24.2 عند بدء العلاج إلى 17.5 في الجلسة 6، وهو تدهور موثوق (5 نقاط أو أكثر). راجِع مستوى الخطورة.",
    "يبدو أن الأمور أصبحت أصعب عليك منذ أن بدأنا. أودّ أن أفهم ما الذي يجري، وأن أطمئن على مدى شعورك بالأمان. ما أكثر ما يلفت انتباهك في ذلك؟"
   ]
  },
  "last-chance": {
   "caretaker, ORS, two items, named client": [
    "لا يُظهر مجموع ORS بتقييم مقدّم الرعاية للعميل c-2 تحسّنًا موثوقًا بعد 6 من الجلسات (عند البدء 24.2، والآن 17.5): حان وقت حديث حاسم حول تغيير الخطة أو الإحالة.",
    "التقينا عدة مرات حتى الآن، ولم تتغيّر تقييماتك بالقدر الذي كنا نأمله. يهمّني حصولك على ما يساعدك: هل نغيّر طريقة عملنا، أو نضيف شيئًا، أو نفكّر في مختص آخر قد يكون أنسب لك؟"
   ],
   "client, group alliance, one item, young child": [
    "لا يُظهر مجموع GSRS تحسّنًا موثوقًا بعد 6 من الجلسات (عند البدء 24.2، والآن 17.5): حان وقت حديث حاسم حول تغيير الخطة أو الإحالة.",
    "التقينا عدة مرات حتى الآن، ولم تتغيّر تقييماتك بالقدر الذي كنا نأمله. يهمّني حصولك على ما يساعدك: هل نغيّر طريقة عملنا، أو نضيف شيئًا، أو نفكّر في مختص آخر قد يكون أنسب لك؟"
   ],
   "teacher, CORS, items as English text": [
    "لا يُظهر مجموع CORS بتقييم المعلّم تحسّنًا موثوقًا بعد 6 من الجلسات (عند البدء 24.2، والآن 17.5): حان وقت حديث حاسم حول تغيير الخطة أو الإحالة.",
    "التقينا عدة مرات حتى الآن، ولم تتغيّر تقييماتك بالقدر الذي كنا نأمله. يهمّني حصولك على ما يساعدك: هل نغيّر طريقة عملنا، أو نضيف شيئًا، أو نفكّر في مختص آخر قد يكون أنسب لك؟"
   ],
   "partner, SRS, whole numbers": [
    "لا يُظهر مجموع SRS بتقييم الشريك تحسّنًا موثوقًا بعد 3 من الجلسات (عند البدء 35، والآن 30): حان وقت حديث حاسم حول تغيير الخطة أو الإحالة.",
    "التقينا عدة مرات حتى الآن، ولم تتغيّر تقييماتك بالقدر الذي كنا نأمله. يهمّني حصولك على ما يساعدك: هل نغيّر طريقة عملنا، أو نضيف شيئًا، أو نفكّر في مختص آخر قد يكون أنسب لك؟"
   ],
   "another rater, YCORS, not a young child": [
    "لا يُظهر مجموع YCORS بتقييم شخص آخر تحسّنًا موثوقًا بعد 6 من الجلسات (عند البدء 24.2، والآن 17.5): حان وقت حديث حاسم حول تغيير الخطة أو الإحالة.",
    "التقينا عدة مرات حتى الآن، ولم تتغيّر تقييماتك بالقدر الذي كنا نأمله. يهمّني حصولك على ما يساعدك: هل نغيّر طريقة عملنا، أو نضيف شيئًا، أو نفكّر في مختص آخر قد يكون أنسب لك؟"
   ],
   "no facts but the numbers": [
    "لا يُظهر مجموع النتائج تحسّنًا موثوقًا بعد 6 من الجلسات (عند البدء 24.2، والآن 17.5): حان وقت حديث حاسم حول تغيير الخطة أو الإحالة.",
    "التقينا عدة مرات حتى الآن، ولم تتغيّر تقييماتك بالقدر الذي كنا نأمله. يهمّني حصولك على ما يساعدك: هل نغيّر طريقة عملنا، أو نضيف شيئًا، أو نفكّر في مختص آخر قد يكون أنسب لك؟"
   ]
  },
  "reliable-drop": {
   "caretaker, ORS, two items, named client": [
    "انخفض مجموع ORS بتقييم مقدّم الرعاية للعميل c-2 من 23.4 في الجلسة 5 إلى 17.5 في الجلسة 6، بفارق 5.9: انخفاض موثوق (5 نقاط أو أكثر).",
    "تقييمك اليوم أقل بكثير من المرة الماضية. ما الذي حدث منذ لقائنا الأخير؟"
   ],
   "client, group alliance, one item, young child": [
    "انخفض مجموع GSRS من 23.4 في الجلسة 5 إلى 17.5 في الجلسة 6، بفارق 5.9: انخفاض موثوق (5 نقاط أو أكثر).",
    "تقييمك اليوم أقل بكثير من المرة الماضية. ما الذي حدث منذ لقائنا الأخير؟"
   ],
   "teacher, CORS, items as English text": [
    "انخفض مجموع CORS بتقييم المعلّم من 23.4 في الجلسة 5 إلى 17.5 في الجلسة 6، بفارق 5.9: انخفاض موثوق (5 نقاط أو أكثر).",
    "تقييمك اليوم أقل بكثير من المرة الماضية. ما الذي حدث منذ لقائنا الأخير؟"
   ],
   "partner, SRS, whole numbers": [
    "انخفض مجموع SRS بتقييم الشريك من 36 في الجلسة 2 إلى 30 في الجلسة 3، بفارق 6: انخفاض موثوق (5 نقاط أو أكثر).",
    "تقييمك اليوم أقل بكثير من المرة الماضية. ما الذي حدث منذ لقائنا الأخير؟"
   ],
   "another rater, YCORS, not a young child": [
    "انخفض مجموع YCORS بتقييم شخص آخر من 23.4 في الجلسة 5 إلى 17.5 في الجلسة 6، بفارق 5.9: انخفاض موثوق (5 نقاط أو أكثر).",
    "تقييمك اليوم أقل بكثير من المرة الماضية. ما الذي حدث منذ لقائنا الأخير؟"
   ],
   "no facts but the numbers": [
    "انخفض مجموع النتائج من 23.4 في الجلسة 5 إلى 17.5 في الجلسة 6، بفارق 5.9: انخفاض موثوق (5 نقاط أو أكثر).",
    "تقييمك اليوم أقل بكثير من المرة الماضية. ما الذي حدث منذ لقائنا الأخير؟"
   ]
  },
  "not-on-track": {
   "caretaker, ORS, two items, named client": [
    "مجموع ORS بتقييم مقدّم الرعاية للعميل c-2 17.5 في الجلسة 6 أقل من النطاق المتوقع (الحد الأدنى 5) لقيمة بدء قدرها 24.2.",
    "عند النظر إلى تقييماتك حتى الآن، لم تتغيّر الأمور بالقدر الذي كنا نأمله. ما رأيك في ذلك؟ وهل هناك شيء يمكننا تجربته بطريقة مختلفة؟"
   ],
   "client, group alliance, one item, young child": [
    "مجموع GSRS 17.5 في الجلسة 6 أقل من النطاق المتوقع (الحد الأدنى 5) لقيمة بدء قدرها 24.2.",
    "عند النظر إلى تقييماتك حتى الآن، لم تتغيّر الأمور بالقدر الذي كنا نأمله. ما رأيك في ذلك؟ وهل هناك شيء يمكننا تجربته بطريقة مختلفة؟"
   ],
   "teacher, CORS, items as English text": [
    "مجموع CORS بتقييم المعلّم 17.5 في الجلسة 6 أقل من النطاق المتوقع (الحد الأدنى 5) لقيمة بدء قدرها 24.2.",
    "عند النظر إلى تقييماتك حتى الآن، لم تتغيّر الأمور بالقدر الذي كنا نأمله. ما رأيك في ذلك؟ وهل هناك شيء يمكننا تجربته بطريقة مختلفة؟"
   ],
   "partner, SRS, whole numbers": [
    "مجموع SRS بتقييم الشريك 30 في الجلسة 3 أقل من النطاق المتوقع (الحد الأدنى 5) لقيمة بدء قدرها 35.",
    "عند النظر إلى تقييماتك حتى الآن، لم تتغيّر الأمور بالقدر الذي كنا نأمله. ما رأيك في ذلك؟ وهل هناك شيء يمكننا تجربته بطريقة مختلفة؟"
   ],
   "another rater, YCORS, not a young child": [
    "مجموع YCORS بتقييم شخص آخر 17.5 في الجلسة 6 أقل من النطاق المتوقع (الحد الأدنى 5) لقيمة بدء قدرها 24.2.",
    "عند النظر إلى تقييماتك حتى الآن، لم تتغيّر الأمور بالقدر الذي كنا نأمله. ما رأيك في ذلك؟ وهل هناك شيء يمكننا تجربته بطريقة مختلفة؟"
   ],
   "no facts but the numbers": [
    "مجموع النتائج 17.5 في الجلسة 6 أقل من النطاق المتوقع (الحد الأدنى 5) لقيمة بدء قدرها 24.2.",
    "عند النظر إلى تقييماتك حتى الآن، لم تتغيّر الأمور بالقدر الذي كنا نأمله. ما رأيك في ذلك؟ وهل هناك شيء يمكننا تجربته بطريقة مختلفة؟"
   ]
  },
  "checkpoint": {
   "caretaker, ORS, two items, named client": [
    "لا يُظهر مجموع ORS بتقييم مقدّم الرعاية للعميل c-2 تغيّرًا موثوقًا بعد 6 من الجلسات (عند البدء 24.2، والآن 17.5): حان وقت حديث لمراجعة سير العلاج.",
    "لم تتغيّر تقييماتك كثيرًا منذ أن بدأنا. ما رأيك في ذلك؟ هل هناك شيء في طريقة عملنا ينبغي أن ننظر فيه معًا؟"
   ],
   "client, group alliance, one item, young child": [
    "لا يُظهر مجموع GSRS تغيّرًا موثوقًا بعد 6 من الجلسات (عند البدء 24.2، والآن 17.5): حان وقت حديث لمراجعة سير العلاج.",
    "لم تتغيّر تقييماتك كثيرًا منذ أن بدأنا. ما رأيك في ذلك؟ هل هناك شيء في طريقة عملنا ينبغي أن ننظر فيه معًا؟"
   ],
   "teacher, CORS, items as English text": [
    "لا يُظهر مجموع CORS بتقييم المعلّم تغيّرًا موثوقًا بعد 6 من الجلسات (عند البدء 24.2، والآن 17.5): حان وقت حديث لمراجعة سير العلاج.",
    "لم تتغيّر تقييماتك كثيرًا منذ أن بدأنا. ما رأيك في ذلك؟ هل هناك شيء في طريقة عملنا ينبغي أن ننظر فيه معًا؟"
   ],
   "partner, SRS, whole numbers": [
    "لا يُظهر مجموع SRS بتقييم الشريك تغيّرًا موثوقًا بعد 3 من الجلسات (عند البدء 35، والآن 30): حان وقت حديث لمراجعة سير العلاج.",
    "لم تتغيّر تقييماتك كثيرًا منذ أن بدأنا. ما رأيك في ذلك؟ هل هناك شيء في طريقة عملنا ينبغي أن ننظر فيه معًا؟"
   ],
   "another rater, YCORS, not a young child": [
    "لا يُظهر مجموع YCORS بتقييم شخص آخر تغيّرًا موثوقًا بعد 6 من الجلسات (عند البدء 24.2، والآن 17.5): حان وقت حديث لمراجعة سير العلاج.",
    "لم تتغيّر تقييماتك كثيرًا منذ أن بدأنا. ما رأيك في ذلك؟ هل هناك شيء في طريقة عملنا ينبغي أن ننظر فيه معًا؟"
   ],
   "no facts but the numbers": [
    "لا يُظهر مجموع النتائج تغيّرًا موثوقًا بعد 6 من الجلسات (عند البدء 24.2، والآن 17.5): حان وقت حديث لمراجعة سير العلاج.",
    "لم تتغيّر تقييماتك كثيرًا منذ أن بدأنا. ما رأيك في ذلك؟ هل هناك شيء في طريقة عملنا ينبغي أن ننظر فيه معًا؟"
   ]
  },
  "alliance-low": {
   "caretaker, ORS, two items, named client": [
    "مجموع ORS بتقييم مقدّم الرعاية للعميل c-2 17.5 في الجلسة 6 أقل من 5.",
    "شكرًا على صراحتك بشأن جلسة اليوم. ما الذي يمكنني فعله بشكل مختلف ليصبح وقتنا معًا أكثر فائدة لك؟"
   ],
   "client, group alliance, one item, young child": [
    "مجموع GSRS 17.5 في الجلسة 6 أقل من 5.",
    "شكرًا على صراحتك بشأن جلسة اليوم. ما الذي يمكننا فعله بشكل مختلف لتصبح المجموعة أكثر فائدة لك؟"
   ],
   "teacher, CORS, items as English text": [
    "مجموع CORS بتقييم المعلّم 17.5 في الجلسة 6 أقل من 5.",
    "شكرًا على صراحتك بشأن جلسة اليوم. ما الذي يمكنني فعله بشكل مختلف ليصبح وقتنا معًا أكثر فائدة لك؟"
   ],
   "partner, SRS, whole numbers": [
    "مجموع SRS بتقييم الشريك 30 في الجلسة 3 أقل من 5.",
    "شكرًا على صراحتك بشأن جلسة اليوم. ما الذي يمكنني فعله بشكل مختلف ليصبح وقتنا معًا أكثر فائدة لك؟"
   ],
   "another rater, YCORS, not a young child": [
    "مجموع YCORS بتقييم شخص آخر 17.5 في الجلسة 6 أقل من 5.",
    "شكرًا على صراحتك بشأن جلسة اليوم. ما الذي يمكنني فعله بشكل مختلف ليصبح وقتنا معًا أكثر فائدة لك؟"
   ],
   "no facts but the numbers": [
    "مجموع التحالف 17.5 في الجلسة 6 أقل من 5.",
    "شكرًا على صراحتك بشأن جلسة اليوم. ما الذي يمكنني فعله بشكل مختلف ليصبح وقتنا معًا أكثر فائدة لك؟"
   ]
  },
  "alliance-drop": {
   "caretaker, ORS, two items, named client": [
    "انخفض مجموع ORS بتقييم مقدّم الرعاية للعميل c-2 من 23.4 في الجلسة 5 إلى 17.5 في الجلسة 6، بفارق 5.9 (التنبيه عند 5 أو أكثر).",
    "كان تقييمك لجلسة اليوم أقل قليلًا من المرة الماضية. هل كان هناك شيء في حديثنا لم يكن مريحًا، أو شيء فاتنا؟"
   ],
   "client, group alliance, one item, young child": [
    "انخفض مجموع GSRS من 23.4 في الجلسة 5 إلى 17.5 في الجلسة 6، بفارق 5.9 (التنبيه عند 5 أو أكثر).",
    "كان تقييمك لجلسة المجموعة اليوم أقل قليلًا من المرة الماضية. هل كان هناك شيء في المجموعة لم يكن مريحًا، أو شيء فاتنا؟"
   ],
   "teacher, CORS, items as English text": [
    "انخفض مجموع CORS بتقييم المعلّم من 23.4 في الجلسة 5 إلى 17.5 في الجلسة 6، بفارق 5.9 (التنبيه عند 5 أو أكثر).",
    "كان تقييمك لجلسة اليوم أقل قليلًا من المرة الماضية. هل كان هناك شيء في حديثنا لم يكن مريحًا، أو شيء فاتنا؟"
   ],
   "partner, SRS, whole numbers": [
    "انخفض مجموع SRS بتقييم الشريك من 36 في الجلسة 2 إلى 30 في الجلسة 3، بفارق 6 (التنبيه عند 5 أو أكثر).",
    "كان تقييمك لجلسة اليوم أقل قليلًا من المرة الماضية. هل كان هناك شيء في حديثنا لم يكن مريحًا، أو شيء فاتنا؟"
   ],
   "another rater, YCORS, not a young child": [
    "انخفض مجموع YCORS بتقييم شخص آخر من 23.4 في الجلسة 5 إلى 17.5 في الجلسة 6، بفارق 5.9 (التنبيه عند 5 أو أكثر).",
    "كان تقييمك لجلسة اليوم أقل قليلًا من المرة الماضية. هل كان هناك شيء في حديثنا لم يكن مريحًا، أو شيء فاتنا؟"
   ],
   "no facts but the numbers": [
    "انخفض مجموع التحالف من 23.4 في الجلسة 5 إلى 17.5 في الجلسة 6، بفارق 5.9 (التنبيه عند 5 أو أكثر).",
    "كان تقييمك لجلسة اليوم أقل قليلًا من المرة الماضية. هل كان هناك شيء في حديثنا لم يكن مريحًا، أو شيء فاتنا؟"
   ]
  },
  "alliance-item-low": {
   "caretaker, ORS, two items, named client": [
    "في الجلسة 6، بنود من ORS بتقييم مقدّم الرعاية للعميل c-2 أقل من 5: goals 3.5، approach 4.",
    "لاحظتُ أن بعض جوانب جلسة اليوم حصلت على تقييمات أقل. هل يمكنك إخباري بالمزيد عنها، حتى أعدّل طريقة عملنا؟"
   ],
   "client, group alliance, one item, young child": [
    "في الجلسة 6، بند من GSRS أقل من 5: overall 8.5.",
    "لاحظتُ أن جانبًا واحدًا من جلسة المجموعة اليوم حصل على تقييم أقل. هل يمكنك إخباري بالمزيد عنه، حتى أعدّل طريقة عملنا؟"
   ],
   "teacher, CORS, items as English text": [
    "في الجلسة 6، بنود من CORS بتقييم المعلّم أقل من 5: goals 3.5, approach 4.",
    "لاحظتُ أن بعض جوانب جلسة اليوم حصلت على تقييمات أقل. هل يمكنك إخباري بالمزيد عنها، حتى أعدّل طريقة عملنا؟"
   ],
   "partner, SRS, whole numbers": [
    "في الجلسة 3، بند من SRS بتقييم الشريك أقل من 5: relationship 8.",
    "لاحظتُ أن جانبًا واحدًا من جلسة اليوم حصل على تقييم أقل. هل يمكنك إخباري بالمزيد عنه، حتى أعدّل طريقة عملنا؟"
   ],
   "another rater, YCORS, not a young child": [
    "في الجلسة 6، بنود من YCORS بتقييم شخص آخر أقل من 5: .",
    "لاحظتُ أن بعض جوانب جلسة اليوم حصلت على تقييمات أقل. هل يمكنك إخباري بالمزيد عنها، حتى أعدّل طريقة عملنا؟"
   ],
   "no facts but the numbers": [
    "في الجلسة 6، بنود من التحالف أقل من 5: .",
    "لاحظتُ أن بعض جوانب جلسة اليوم حصلت على تقييمات أقل. هل يمكنك إخباري بالمزيد عنها، حتى أعدّل طريقة عملنا؟"
   ]
  },
  "no-outcome-yet": {
   "caretaker, ORS, two items, named client": [
    "لا يوجد تقييم للنتائج بعد.",
    "قبل أن نبدأ، هل يمكنك وضع علامة تبيّن كيف كانت أحوالك خلال الأسبوع الماضي؟ يساعدنا ذلك معًا على معرفة ما إذا كان ما نقوم به مفيدًا."
   ],
   "client, group alliance, one item, young child": [
    "لا يوجد تقييم للنتائج بعد.",
    "قبل أن نبدأ، هل يمكنك وضع علامة تبيّن كيف كانت أحوال طفلك خلال الأسبوع الماضي؟ يساعدنا ذلك معًا على معرفة ما إذا كان ما نقوم به مفيدًا."
   ],
   "teacher, CORS, items as English text": [
    "لا يوجد تقييم للنتائج بعد.",
    "قبل أن نبدأ، هل يمكنك وضع علامة تبيّن كيف كانت أحوالك خلال الأسبوع الماضي؟ يساعدنا ذلك معًا على معرفة ما إذا كان ما نقوم به مفيدًا."
   ],
   "partner, SRS, whole numbers": [
    "لا يوجد تقييم للنتائج بعد.",
    "قبل أن نبدأ، هل يمكنك وضع علامة تبيّن كيف كانت أحوالك خلال الأسبوع الماضي؟ يساعدنا ذلك معًا على معرفة ما إذا كان ما نقوم به مفيدًا."
   ],
   "another rater, YCORS, not a young child": [
    "لا يوجد تقييم للنتائج بعد.",
    "قبل أن نبدأ، هل يمكنك وضع علامة تبيّن كيف كانت أحوالك خلال الأسبوع الماضي؟ يساعدنا ذلك معًا على معرفة ما إذا كان ما نقوم به مفيدًا."
   ],
   "no facts but the numbers": [
    "لا يوجد تقييم للنتائج بعد.",
    "قبل أن نبدأ، هل يمكنك وضع علامة تبيّن كيف كانت أحوالك خلال الأسبوع الماضي؟ يساعدنا ذلك معًا على معرفة ما إذا كان ما نقوم به مفيدًا."
   ]
  }
 },
 "da": {
  "deteriorated": {
   "caretaker, ORS, two items, named client": [
    "ORS-sum for klient c-2 (vurderet af omsorgsperson) faldt fra 24,2 ved start til 17,5 ved session 6, en pålidelig forværring (5 point eller mere). Vurder risikoen.",
    "Dine vurderinger viser, at tingene er blevet sværere, siden vi begyndte. Jeg vil gerne forstå, hvad du har lagt mærke til, og sikre mig, at alle har været trygge."
   ],
   "client, group alliance, one item, young child": [
    "GSRS-sum faldt fra 24,2 ved start til 17,5 ved session 6, en pålidelig forværring (5 point eller mere). Vurder risikoen.",
    "Det ser ud til, at tingene er blevet sværere for dig, siden vi begyndte. Jeg vil gerne forstå, hvad der er sket, og høre, hvor tryg du har følt dig. Hvad er det, der springer mest i øjnene for dig?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-sum (vurderet af lærer) faldt fra 24,2 ved start til 17,5 ved session 6, en pålidelig forværring (5 point eller mere). Vurder risikoen.",
    "Dine vurderinger viser, at tingene er blevet sværere, siden vi begyndte. Jeg vil gerne forstå, hvad du har lagt mærke til, og sikre mig, at alle har været trygge."
   ],
   "partner, SRS, whole numbers": [
    "SRS-sum (vurderet af partner) faldt fra 35 ved start til 30 ved session 3, en pålidelig forværring (5 point eller mere). Vurder risikoen.",
    "Dine vurderinger viser, at tingene er blevet sværere, siden vi begyndte. Jeg vil gerne forstå, hvad du har lagt mærke til, og sikre mig, at alle har været trygge."
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-sum (vurderet af en anden person) faldt fra 24,2 ved start til 17,5 ved session 6, en pålidelig forværring (5 point eller mere). Vurder risikoen.",
    "Dine vurderinger viser, at tingene er blevet sværere, siden vi begyndte. Jeg vil gerne forstå, hvad du har lagt mærke til, og sikre mig, at alle har været trygge."
   ],
   "no facts but the numbers": [
    "Resultat-sum faldt fra 24,2 ved start til 17,5 ved session 6, en pålidelig forværring (5 point eller mere). Vurder risikoen.",
    "Det ser ud til, at tingene er blevet sværere for dig, siden vi begyndte. Jeg vil gerne forstå, hvad der er sket, og høre, hvor tryg du har følt dig. Hvad er det, der springer mest i øjnene for dig?"
   ]
  },
  "last-chance": {
   "caretaker, ORS, two items, named client": [
    "ORS-sum for klient c-2 (vurderet af omsorgsperson) viser ingen pålidelig bedring efter 6 sessioner (start 24,2, nu 17,5): tid til en afgørende samtale om at ændre planen eller henvise videre.",
    "Vi har mødtes flere gange nu, og dine vurderinger har ikke ændret sig så meget, som vi håbede. Jeg vil være sikker på, at du får det, der hjælper: Skal vi ændre den måde, vi arbejder på, tilføje noget, eller overveje, om en anden kunne passe bedre til dig?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-sum viser ingen pålidelig bedring efter 6 sessioner (start 24,2, nu 17,5): tid til en afgørende samtale om at ændre planen eller henvise videre.",
    "Vi har mødtes flere gange nu, og dine vurderinger har ikke ændret sig så meget, som vi håbede. Jeg vil være sikker på, at du får det, der hjælper: Skal vi ændre den måde, vi arbejder på, tilføje noget, eller overveje, om en anden kunne passe bedre til dig?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-sum (vurderet af lærer) viser ingen pålidelig bedring efter 6 sessioner (start 24,2, nu 17,5): tid til en afgørende samtale om at ændre planen eller henvise videre.",
    "Vi har mødtes flere gange nu, og dine vurderinger har ikke ændret sig så meget, som vi håbede. Jeg vil være sikker på, at du får det, der hjælper: Skal vi ændre den måde, vi arbejder på, tilføje noget, eller overveje, om en anden kunne passe bedre til dig?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-sum (vurderet af partner) viser ingen pålidelig bedring efter 3 sessioner (start 35, nu 30): tid til en afgørende samtale om at ændre planen eller henvise videre.",
    "Vi har mødtes flere gange nu, og dine vurderinger har ikke ændret sig så meget, som vi håbede. Jeg vil være sikker på, at du får det, der hjælper: Skal vi ændre den måde, vi arbejder på, tilføje noget, eller overveje, om en anden kunne passe bedre til dig?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-sum (vurderet af en anden person) viser ingen pålidelig bedring efter 6 sessioner (start 24,2, nu 17,5): tid til en afgørende samtale om at ændre planen eller henvise videre.",
    "Vi har mødtes flere gange nu, og dine vurderinger har ikke ændret sig så meget, som vi håbede. Jeg vil være sikker på, at du får det, der hjælper: Skal vi ændre den måde, vi arbejder på, tilføje noget, eller overveje, om en anden kunne passe bedre til dig?"
   ],
   "no facts but the numbers": [
    "Resultat-sum viser ingen pålidelig bedring efter 6 sessioner (start 24,2, nu 17,5): tid til en afgørende samtale om at ændre planen eller henvise videre.",
    "Vi har mødtes flere gange nu, og dine vurderinger har ikke ændret sig så meget, som vi håbede. Jeg vil være sikker på, at du får det, der hjælper: Skal vi ændre den måde, vi arbejder på, tilføje noget, eller overveje, om en anden kunne passe bedre til dig?"
   ]
  },
  "reliable-drop": {
   "caretaker, ORS, two items, named client": [
    "ORS-sum for klient c-2 (vurderet af omsorgsperson) faldt fra 23,4 ved session 5 til 17,5 ved session 6, et fald på 5,9: pålideligt (5 point eller mere).",
    "Din vurdering er en del lavere end sidste gang. Hvad er der sket, siden vi sidst mødtes?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-sum faldt fra 23,4 ved session 5 til 17,5 ved session 6, et fald på 5,9: pålideligt (5 point eller mere).",
    "Din vurdering er en del lavere end sidste gang. Hvad er der sket, siden vi sidst mødtes?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-sum (vurderet af lærer) faldt fra 23,4 ved session 5 til 17,5 ved session 6, et fald på 5,9: pålideligt (5 point eller mere).",
    "Din vurdering er en del lavere end sidste gang. Hvad er der sket, siden vi sidst mødtes?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-sum (vurderet af partner) faldt fra 36 ved session 2 til 30 ved session 3, et fald på 6: pålideligt (5 point eller mere).",
    "Din vurdering er en del lavere end sidste gang. Hvad er der sket, siden vi sidst mødtes?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-sum (vurderet af en anden person) faldt fra 23,4 ved session 5 til 17,5 ved session 6, et fald på 5,9: pålideligt (5 point eller mere).",
    "Din vurdering er en del lavere end sidste gang. Hvad er der sket, siden vi sidst mødtes?"
   ],
   "no facts but the numbers": [
    "Resultat-sum faldt fra 23,4 ved session 5 til 17,5 ved session 6, et fald på 5,9: pålideligt (5 point eller mere).",
    "Din vurdering er en del lavere end sidste gang. Hvad er der sket, siden vi sidst mødtes?"
   ]
  },
  "not-on-track": {
   "caretaker, ORS, two items, named client": [
    "ORS-sum for klient c-2 (vurderet af omsorgsperson) 17,5 ved session 6 ligger under det forventede interval (nedre grænse 5) for en startværdi på 24,2.",
    "Når jeg ser på dine vurderinger indtil nu, har tingene ikke ændret sig så meget, som vi håbede. Hvad tænker du om det, og er der noget, vi kunne prøve på en anden måde?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-sum 17,5 ved session 6 ligger under det forventede interval (nedre grænse 5) for en startværdi på 24,2.",
    "Når jeg ser på dine vurderinger indtil nu, har tingene ikke ændret sig så meget, som vi håbede. Hvad tænker du om det, og er der noget, vi kunne prøve på en anden måde?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-sum (vurderet af lærer) 17,5 ved session 6 ligger under det forventede interval (nedre grænse 5) for en startværdi på 24,2.",
    "Når jeg ser på dine vurderinger indtil nu, har tingene ikke ændret sig så meget, som vi håbede. Hvad tænker du om det, og er der noget, vi kunne prøve på en anden måde?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-sum (vurderet af partner) 30 ved session 3 ligger under det forventede interval (nedre grænse 5) for en startværdi på 35.",
    "Når jeg ser på dine vurderinger indtil nu, har tingene ikke ændret sig så meget, som vi håbede. Hvad tænker du om det, og er der noget, vi kunne prøve på en anden måde?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-sum (vurderet af en anden person) 17,5 ved session 6 ligger under det forventede interval (nedre grænse 5) for en startværdi på 24,2.",
    "Når jeg ser på dine vurderinger indtil nu, har tingene ikke ændret sig så meget, som vi håbede. Hvad tænker du om det, og er der noget, vi kunne prøve på en anden måde?"
   ],
   "no facts but the numbers": [
    "Resultat-sum 17,5 ved session 6 ligger under det forventede interval (nedre grænse 5) for en startværdi på 24,2.",
    "Når jeg ser på dine vurderinger indtil nu, har tingene ikke ændret sig så meget, som vi håbede. Hvad tænker du om det, og er der noget, vi kunne prøve på en anden måde?"
   ]
  },
  "checkpoint": {
   "caretaker, ORS, two items, named client": [
    "ORS-sum for klient c-2 (vurderet af omsorgsperson) viser ingen pålidelig ændring efter 6 sessioner (start 24,2, nu 17,5): tid til en samtale om, hvordan det går.",
    "Dine vurderinger har ikke ændret sig meget, siden vi begyndte. Hvad tænker du om det? Er der noget ved den måde, vi arbejder på, som vi bør se på sammen?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-sum viser ingen pålidelig ændring efter 6 sessioner (start 24,2, nu 17,5): tid til en samtale om, hvordan det går.",
    "Dine vurderinger har ikke ændret sig meget, siden vi begyndte. Hvad tænker du om det? Er der noget ved den måde, vi arbejder på, som vi bør se på sammen?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-sum (vurderet af lærer) viser ingen pålidelig ændring efter 6 sessioner (start 24,2, nu 17,5): tid til en samtale om, hvordan det går.",
    "Dine vurderinger har ikke ændret sig meget, siden vi begyndte. Hvad tænker du om det? Er der noget ved den måde, vi arbejder på, som vi bør se på sammen?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-sum (vurderet af partner) viser ingen pålidelig ændring efter 3 sessioner (start 35, nu 30): tid til en samtale om, hvordan det går.",
    "Dine vurderinger har ikke ændret sig meget, siden vi begyndte. Hvad tænker du om det? Er der noget ved den måde, vi arbejder på, som vi bør se på sammen?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-sum (vurderet af en anden person) viser ingen pålidelig ændring efter 6 sessioner (start 24,2, nu 17,5): tid til en samtale om, hvordan det går.",
    "Dine vurderinger har ikke ændret sig meget, siden vi begyndte. Hvad tænker du om det? Er der noget ved den måde, vi arbejder på, som vi bør se på sammen?"
   ],
   "no facts but the numbers": [
    "Resultat-sum viser ingen pålidelig ændring efter 6 sessioner (start 24,2, nu 17,5): tid til en samtale om, hvordan det går.",
    "Dine vurderinger har ikke ændret sig meget, siden vi begyndte. Hvad tænker du om det? Er der noget ved den måde, vi arbejder på, som vi bør se på sammen?"
   ]
  },
  "alliance-low": {
   "caretaker, ORS, two items, named client": [
    "ORS-sum for klient c-2 (vurderet af omsorgsperson) 17,5 ved session 6 er under 5.",
    "Tak, fordi du er ærlig om, hvordan det var i dag. Hvad kunne jeg gøre anderledes, så vores tid sammen bliver mere nyttig for dig?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-sum 17,5 ved session 6 er under 5.",
    "Tak, fordi du er ærlig om, hvordan det var i dag. Hvad kunne vi gøre anderledes, så gruppen bliver mere nyttig for dig?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-sum (vurderet af lærer) 17,5 ved session 6 er under 5.",
    "Tak, fordi du er ærlig om, hvordan det var i dag. Hvad kunne jeg gøre anderledes, så vores tid sammen bliver mere nyttig for dig?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-sum (vurderet af partner) 30 ved session 3 er under 5.",
    "Tak, fordi du er ærlig om, hvordan det var i dag. Hvad kunne jeg gøre anderledes, så vores tid sammen bliver mere nyttig for dig?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-sum (vurderet af en anden person) 17,5 ved session 6 er under 5.",
    "Tak, fordi du er ærlig om, hvordan det var i dag. Hvad kunne jeg gøre anderledes, så vores tid sammen bliver mere nyttig for dig?"
   ],
   "no facts but the numbers": [
    "Alliance-sum 17,5 ved session 6 er under 5.",
    "Tak, fordi du er ærlig om, hvordan det var i dag. Hvad kunne jeg gøre anderledes, så vores tid sammen bliver mere nyttig for dig?"
   ]
  },
  "alliance-drop": {
   "caretaker, ORS, two items, named client": [
    "ORS-sum for klient c-2 (vurderet af omsorgsperson) faldt fra 23,4 ved session 5 til 17,5 ved session 6, et fald på 5,9 (advarsel ved 5 eller mere).",
    "Du vurderede dagens session lidt lavere end sidste gang. Var der noget i vores samtale, der ikke føltes rigtigt, eller noget, vi overså?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-sum faldt fra 23,4 ved session 5 til 17,5 ved session 6, et fald på 5,9 (advarsel ved 5 eller mere).",
    "Du vurderede dagens gruppe lidt lavere end sidste gang. Var der noget i gruppen, der ikke føltes rigtigt, eller noget, vi overså?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-sum (vurderet af lærer) faldt fra 23,4 ved session 5 til 17,5 ved session 6, et fald på 5,9 (advarsel ved 5 eller mere).",
    "Du vurderede dagens session lidt lavere end sidste gang. Var der noget i vores samtale, der ikke føltes rigtigt, eller noget, vi overså?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-sum (vurderet af partner) faldt fra 36 ved session 2 til 30 ved session 3, et fald på 6 (advarsel ved 5 eller mere).",
    "Du vurderede dagens session lidt lavere end sidste gang. Var der noget i vores samtale, der ikke føltes rigtigt, eller noget, vi overså?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-sum (vurderet af en anden person) faldt fra 23,4 ved session 5 til 17,5 ved session 6, et fald på 5,9 (advarsel ved 5 eller mere).",
    "Du vurderede dagens session lidt lavere end sidste gang. Var der noget i vores samtale, der ikke føltes rigtigt, eller noget, vi overså?"
   ],
   "no facts but the numbers": [
    "Alliance-sum faldt fra 23,4 ved session 5 til 17,5 ved session 6, et fald på 5,9 (advarsel ved 5 eller mere).",
    "Du vurderede dagens session lidt lavere end sidste gang. Var der noget i vores samtale, der ikke føltes rigtigt, eller noget, vi overså?"
   ]
  },
  "alliance-item-low": {
   "caretaker, ORS, two items, named client": [
    "Ved session 6 ligger ORS-punkter for klient c-2 (vurderet af omsorgsperson) under 5: goals 3,5; approach 4.",
    "Jeg lagde mærke til, at nogle dele af dagens session fik lavere vurderinger. Vil du fortælle mere om dem, så jeg kan tilpasse den måde, vi arbejder på?"
   ],
   "client, group alliance, one item, young child": [
    "Ved session 6 ligger ét GSRS-punkt under 5: overall 8,5.",
    "Jeg lagde mærke til, at én del af dagens gruppe fik en lavere vurdering. Vil du fortælle lidt mere om det, så jeg kan tilpasse den måde, vi arbejder på?"
   ],
   "teacher, CORS, items as English text": [
    "Ved session 6 ligger CORS-punkter (vurderet af lærer) under 5: goals 3.5, approach 4.",
    "Jeg lagde mærke til, at nogle dele af dagens session fik lavere vurderinger. Vil du fortælle mere om dem, så jeg kan tilpasse den måde, vi arbejder på?"
   ],
   "partner, SRS, whole numbers": [
    "Ved session 3 ligger ét SRS-punkt (vurderet af partner) under 5: relationship 8.",
    "Jeg lagde mærke til, at én del af dagens session fik en lavere vurdering. Vil du fortælle lidt mere om det, så jeg kan tilpasse den måde, vi arbejder på?"
   ],
   "another rater, YCORS, not a young child": [
    "Ved session 6 ligger YCORS-punkter (vurderet af en anden person) under 5: .",
    "Jeg lagde mærke til, at nogle dele af dagens session fik lavere vurderinger. Vil du fortælle mere om dem, så jeg kan tilpasse den måde, vi arbejder på?"
   ],
   "no facts but the numbers": [
    "Ved session 6 ligger Alliance-punkter under 5: .",
    "Jeg lagde mærke til, at nogle dele af dagens session fik lavere vurderinger. Vil du fortælle mere om dem, så jeg kan tilpasse den måde, vi arbejder på?"
   ]
  },
  "no-outcome-yet": {
   "caretaker, ORS, two items, named client": [
    "Ingen resultatvurdering endnu.",
    "Inden vi går i gang: Vil du markere, hvordan du har haft det den seneste uge? Det hjælper os begge til at se, om det, vi gør, hjælper."
   ],
   "client, group alliance, one item, young child": [
    "Ingen resultatvurdering endnu.",
    "Inden vi går i gang: Vil du markere, hvordan dit barn har haft det den seneste uge? Det hjælper os begge til at se, om det, vi gør, hjælper."
   ],
   "teacher, CORS, items as English text": [
    "Ingen resultatvurdering endnu.",
    "Inden vi går i gang: Vil du markere, hvordan du har haft det den seneste uge? Det hjælper os begge til at se, om det, vi gør, hjælper."
   ],
   "partner, SRS, whole numbers": [
    "Ingen resultatvurdering endnu.",
    "Inden vi går i gang: Vil du markere, hvordan du har haft det den seneste uge? Det hjælper os begge til at se, om det, vi gør, hjælper."
   ],
   "another rater, YCORS, not a young child": [
    "Ingen resultatvurdering endnu.",
    "Inden vi går i gang: Vil du markere, hvordan du har haft det den seneste uge? Det hjælper os begge til at se, om det, vi gør, hjælper."
   ],
   "no facts but the numbers": [
    "Ingen resultatvurdering endnu.",
    "Inden vi går i gang: Vil du markere, hvordan du har haft det den seneste uge? Det hjælper os begge til at se, om det, vi gør, hjælper."
   ]
  }
 },
 "de": {
  "deteriorated": {
   "caretaker, ORS, two items, named client": [
    "ORS-Summe der Bezugsperson für Klient:in c-2 ist von 24,2 bei Aufnahme auf 17,5 in Sitzung 6 gesunken, eine reliable Verschlechterung (5 Punkte oder mehr). Risiko prüfen.",
    "Ihre Einschätzungen zeigen, dass es seit Beginn schwieriger geworden ist. Ich möchte verstehen, was Ihnen aufgefallen ist, und mich vergewissern, dass alle in Sicherheit waren."
   ],
   "client, group alliance, one item, young child": [
    "GSRS-Summe ist von 24,2 bei Aufnahme auf 17,5 in Sitzung 6 gesunken, eine reliable Verschlechterung (5 Punkte oder mehr). Risiko prüfen.",
    "Es sieht so aus, als sei es für Sie seit Beginn unserer Arbeit schwieriger geworden. Ich möchte verstehen, was los war, und fragen, wie sicher Sie sich in dieser Zeit gefühlt haben. Was fällt Ihnen dabei besonders auf?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-Summe der Lehrkraft ist von 24,2 bei Aufnahme auf 17,5 in Sitzung 6 gesunken, eine reliable Verschlechterung (5 Punkte oder mehr). Risiko prüfen.",
    "Ihre Einschätzungen zeigen, dass es seit Beginn schwieriger geworden ist. Ich möchte verstehen, was Ihnen aufgefallen ist, und mich vergewissern, dass alle in Sicherheit waren."
   ],
   "partner, SRS, whole numbers": [
    "SRS-Summe der Partnerin/des Partners ist von 35 bei Aufnahme auf 30 in Sitzung 3 gesunken, eine reliable Verschlechterung (5 Punkte oder mehr). Risiko prüfen.",
    "Ihre Einschätzungen zeigen, dass es seit Beginn schwieriger geworden ist. Ich möchte verstehen, was Ihnen aufgefallen ist, und mich vergewissern, dass alle in Sicherheit waren."
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-Summe einer anderen Person ist von 24,2 bei Aufnahme auf 17,5 in Sitzung 6 gesunken, eine reliable Verschlechterung (5 Punkte oder mehr). Risiko prüfen.",
    "Ihre Einschätzungen zeigen, dass es seit Beginn schwieriger geworden ist. Ich möchte verstehen, was Ihnen aufgefallen ist, und mich vergewissern, dass alle in Sicherheit waren."
   ],
   "no facts but the numbers": [
    "Ergebnis-Summe ist von 24,2 bei Aufnahme auf 17,5 in Sitzung 6 gesunken, eine reliable Verschlechterung (5 Punkte oder mehr). Risiko prüfen.",
    "Es sieht so aus, als sei es für Sie seit Beginn unserer Arbeit schwieriger geworden. Ich möchte verstehen, was los war, und fragen, wie sicher Sie sich in dieser Zeit gefühlt haben. Was fällt Ihnen dabei besonders auf?"
   ]
  },
  "last-chance": {
   "caretaker, ORS, two items, named client": [
    "ORS-Summe der Bezugsperson für Klient:in c-2 zeigt nach 6 Sitzungen keine reliable Verbesserung (Aufnahme 24,2, jetzt 17,5): Zeit für ein entscheidendes Gespräch über eine Änderung des Vorgehens oder eine Überweisung.",
    "Wir haben uns inzwischen einige Male getroffen, und Ihre Einschätzungen haben sich nicht so verändert, wie wir gehofft hatten. Mir ist wichtig, dass Sie bekommen, was Ihnen hilft: Sollen wir unsere Arbeitsweise ändern, etwas ergänzen oder überlegen, ob jemand anderes besser zu Ihnen passen könnte?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-Summe zeigt nach 6 Sitzungen keine reliable Verbesserung (Aufnahme 24,2, jetzt 17,5): Zeit für ein entscheidendes Gespräch über eine Änderung des Vorgehens oder eine Überweisung.",
    "Wir haben uns inzwischen einige Male getroffen, und Ihre Einschätzungen haben sich nicht so verändert, wie wir gehofft hatten. Mir ist wichtig, dass Sie bekommen, was Ihnen hilft: Sollen wir unsere Arbeitsweise ändern, etwas ergänzen oder überlegen, ob jemand anderes besser zu Ihnen passen könnte?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-Summe der Lehrkraft zeigt nach 6 Sitzungen keine reliable Verbesserung (Aufnahme 24,2, jetzt 17,5): Zeit für ein entscheidendes Gespräch über eine Änderung des Vorgehens oder eine Überweisung.",
    "Wir haben uns inzwischen einige Male getroffen, und Ihre Einschätzungen haben sich nicht so verändert, wie wir gehofft hatten. Mir ist wichtig, dass Sie bekommen, was Ihnen hilft: Sollen wir unsere Arbeitsweise ändern, etwas ergänzen oder überlegen, ob jemand anderes besser zu Ihnen passen könnte?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-Summe der Partnerin/des Partners zeigt nach 3 Sitzungen keine reliable Verbesserung (Aufnahme 35, jetzt 30): Zeit für ein entscheidendes Gespräch über eine Änderung des Vorgehens oder eine Überweisung.",
    "Wir haben uns inzwischen einige Male getroffen, und Ihre Einschätzungen haben sich nicht so verändert, wie wir gehofft hatten. Mir ist wichtig, dass Sie bekommen, was Ihnen hilft: Sollen wir unsere Arbeitsweise ändern, etwas ergänzen oder überlegen, ob jemand anderes besser zu Ihnen passen könnte?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-Summe einer anderen Person zeigt nach 6 Sitzungen keine reliable Verbesserung (Aufnahme 24,2, jetzt 17,5): Zeit für ein entscheidendes Gespräch über eine Änderung des Vorgehens oder eine Überweisung.",
    "Wir haben uns inzwischen einige Male getroffen, und Ihre Einschätzungen haben sich nicht so verändert, wie wir gehofft hatten. Mir ist wichtig, dass Sie bekommen, was Ihnen hilft: Sollen wir unsere Arbeitsweise ändern, etwas ergänzen oder überlegen, ob jemand anderes besser zu Ihnen passen könnte?"
   ],
   "no facts but the numbers": [
    "Ergebnis-Summe zeigt nach 6 Sitzungen keine reliable Verbesserung (Aufnahme 24,2, jetzt 17,5): Zeit für ein entscheidendes Gespräch über eine Änderung des Vorgehens oder eine Überweisung.",
    "Wir haben uns inzwischen einige Male getroffen, und Ihre Einschätzungen haben sich nicht so verändert, wie wir gehofft hatten. Mir ist wichtig, dass Sie bekommen, was Ihnen hilft: Sollen wir unsere Arbeitsweise ändern, etwas ergänzen oder überlegen, ob jemand anderes besser zu Ihnen passen könnte?"
   ]
  },
  "reliable-drop": {
   "caretaker, ORS, two items, named client": [
    "ORS-Summe der Bezugsperson für Klient:in c-2 ist von 23,4 in Sitzung 5 auf 17,5 in Sitzung 6 gesunken, ein Rückgang um 5,9: reliabel (5 Punkte oder mehr).",
    "Ihre Einschätzung ist deutlich niedriger als beim letzten Mal. Was ist seit unserem letzten Treffen passiert?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-Summe ist von 23,4 in Sitzung 5 auf 17,5 in Sitzung 6 gesunken, ein Rückgang um 5,9: reliabel (5 Punkte oder mehr).",
    "Ihre Einschätzung ist deutlich niedriger als beim letzten Mal. Was ist seit unserem letzten Treffen passiert?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-Summe der Lehrkraft ist von 23,4 in Sitzung 5 auf 17,5 in Sitzung 6 gesunken, ein Rückgang um 5,9: reliabel (5 Punkte oder mehr).",
    "Ihre Einschätzung ist deutlich niedriger als beim letzten Mal. Was ist seit unserem letzten Treffen passiert?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-Summe der Partnerin/des Partners ist von 36 in Sitzung 2 auf 30 in Sitzung 3 gesunken, ein Rückgang um 6: reliabel (5 Punkte oder mehr).",
    "Ihre Einschätzung ist deutlich niedriger als beim letzten Mal. Was ist seit unserem letzten Treffen passiert?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-Summe einer anderen Person ist von 23,4 in Sitzung 5 auf 17,5 in Sitzung 6 gesunken, ein Rückgang um 5,9: reliabel (5 Punkte oder mehr).",
    "Ihre Einschätzung ist deutlich niedriger als beim letzten Mal. Was ist seit unserem letzten Treffen passiert?"
   ],
   "no facts but the numbers": [
    "Ergebnis-Summe ist von 23,4 in Sitzung 5 auf 17,5 in Sitzung 6 gesunken, ein Rückgang um 5,9: reliabel (5 Punkte oder mehr).",
    "Ihre Einschätzung ist deutlich niedriger als beim letzten Mal. Was ist seit unserem letzten Treffen passiert?"
   ]
  },
  "not-on-track": {
   "caretaker, ORS, two items, named client": [
    "ORS-Summe der Bezugsperson für Klient:in c-2 17,5 in Sitzung 6 liegt unter dem erwarteten Bereich (Untergrenze 5) bei einem Aufnahmewert von 24,2.",
    "Wenn ich mir Ihre bisherigen Einschätzungen ansehe, hat sich weniger verändert, als wir gehofft hatten. Wie sehen Sie das, und gibt es etwas, das wir anders versuchen könnten?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-Summe 17,5 in Sitzung 6 liegt unter dem erwarteten Bereich (Untergrenze 5) bei einem Aufnahmewert von 24,2.",
    "Wenn ich mir Ihre bisherigen Einschätzungen ansehe, hat sich weniger verändert, als wir gehofft hatten. Wie sehen Sie das, und gibt es etwas, das wir anders versuchen könnten?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-Summe der Lehrkraft 17,5 in Sitzung 6 liegt unter dem erwarteten Bereich (Untergrenze 5) bei einem Aufnahmewert von 24,2.",
    "Wenn ich mir Ihre bisherigen Einschätzungen ansehe, hat sich weniger verändert, als wir gehofft hatten. Wie sehen Sie das, und gibt es etwas, das wir anders versuchen könnten?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-Summe der Partnerin/des Partners 30 in Sitzung 3 liegt unter dem erwarteten Bereich (Untergrenze 5) bei einem Aufnahmewert von 35.",
    "Wenn ich mir Ihre bisherigen Einschätzungen ansehe, hat sich weniger verändert, als wir gehofft hatten. Wie sehen Sie das, und gibt es etwas, das wir anders versuchen könnten?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-Summe einer anderen Person 17,5 in Sitzung 6 liegt unter dem erwarteten Bereich (Untergrenze 5) bei einem Aufnahmewert von 24,2.",
    "Wenn ich mir Ihre bisherigen Einschätzungen ansehe, hat sich weniger verändert, als wir gehofft hatten. Wie sehen Sie das, und gibt es etwas, das wir anders versuchen könnten?"
   ],
   "no facts but the numbers": [
    "Ergebnis-Summe 17,5 in Sitzung 6 liegt unter dem erwarteten Bereich (Untergrenze 5) bei einem Aufnahmewert von 24,2.",
    "Wenn ich mir Ihre bisherigen Einschätzungen ansehe, hat sich weniger verändert, als wir gehofft hatten. Wie sehen Sie das, und gibt es etwas, das wir anders versuchen könnten?"
   ]
  },
  "checkpoint": {
   "caretaker, ORS, two items, named client": [
    "ORS-Summe der Bezugsperson für Klient:in c-2 zeigt nach 6 Sitzungen keine reliable Veränderung (Aufnahme 24,2, jetzt 17,5): Zeit für ein Gespräch zur Zwischenbilanz.",
    "Ihre Einschätzungen haben sich seit Beginn kaum verändert. Wie sehen Sie das? Gibt es etwas an unserer Art zu arbeiten, das wir uns gemeinsam anschauen sollten?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-Summe zeigt nach 6 Sitzungen keine reliable Veränderung (Aufnahme 24,2, jetzt 17,5): Zeit für ein Gespräch zur Zwischenbilanz.",
    "Ihre Einschätzungen haben sich seit Beginn kaum verändert. Wie sehen Sie das? Gibt es etwas an unserer Art zu arbeiten, das wir uns gemeinsam anschauen sollten?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-Summe der Lehrkraft zeigt nach 6 Sitzungen keine reliable Veränderung (Aufnahme 24,2, jetzt 17,5): Zeit für ein Gespräch zur Zwischenbilanz.",
    "Ihre Einschätzungen haben sich seit Beginn kaum verändert. Wie sehen Sie das? Gibt es etwas an unserer Art zu arbeiten, das wir uns gemeinsam anschauen sollten?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-Summe der Partnerin/des Partners zeigt nach 3 Sitzungen keine reliable Veränderung (Aufnahme 35, jetzt 30): Zeit für ein Gespräch zur Zwischenbilanz.",
    "Ihre Einschätzungen haben sich seit Beginn kaum verändert. Wie sehen Sie das? Gibt es etwas an unserer Art zu arbeiten, das wir uns gemeinsam anschauen sollten?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-Summe einer anderen Person zeigt nach 6 Sitzungen keine reliable Veränderung (Aufnahme 24,2, jetzt 17,5): Zeit für ein Gespräch zur Zwischenbilanz.",
    "Ihre Einschätzungen haben sich seit Beginn kaum verändert. Wie sehen Sie das? Gibt es etwas an unserer Art zu arbeiten, das wir uns gemeinsam anschauen sollten?"
   ],
   "no facts but the numbers": [
    "Ergebnis-Summe zeigt nach 6 Sitzungen keine reliable Veränderung (Aufnahme 24,2, jetzt 17,5): Zeit für ein Gespräch zur Zwischenbilanz.",
    "Ihre Einschätzungen haben sich seit Beginn kaum verändert. Wie sehen Sie das? Gibt es etwas an unserer Art zu arbeiten, das wir uns gemeinsam anschauen sollten?"
   ]
  },
  "alliance-low": {
   "caretaker, ORS, two items, named client": [
    "ORS-Summe der Bezugsperson für Klient:in c-2 17,5 in Sitzung 6 liegt unter 5.",
    "Danke, dass Sie so offen sagen, wie es heute für Sie war. Was könnte ich anders machen, damit unsere gemeinsame Zeit Ihnen mehr bringt?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-Summe 17,5 in Sitzung 6 liegt unter 5.",
    "Danke, dass Sie so offen sagen, wie es heute für Sie war. Was könnten wir anders machen, damit die Gruppe Ihnen mehr bringt?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-Summe der Lehrkraft 17,5 in Sitzung 6 liegt unter 5.",
    "Danke, dass Sie so offen sagen, wie es heute für Sie war. Was könnte ich anders machen, damit unsere gemeinsame Zeit Ihnen mehr bringt?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-Summe der Partnerin/des Partners 30 in Sitzung 3 liegt unter 5.",
    "Danke, dass Sie so offen sagen, wie es heute für Sie war. Was könnte ich anders machen, damit unsere gemeinsame Zeit Ihnen mehr bringt?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-Summe einer anderen Person 17,5 in Sitzung 6 liegt unter 5.",
    "Danke, dass Sie so offen sagen, wie es heute für Sie war. Was könnte ich anders machen, damit unsere gemeinsame Zeit Ihnen mehr bringt?"
   ],
   "no facts but the numbers": [
    "Beziehung-Summe 17,5 in Sitzung 6 liegt unter 5.",
    "Danke, dass Sie so offen sagen, wie es heute für Sie war. Was könnte ich anders machen, damit unsere gemeinsame Zeit Ihnen mehr bringt?"
   ]
  },
  "alliance-drop": {
   "caretaker, ORS, two items, named client": [
    "ORS-Summe der Bezugsperson für Klient:in c-2 ist von 23,4 in Sitzung 5 auf 17,5 in Sitzung 6 gesunken, ein Rückgang um 5,9 (Hinweis ab 5).",
    "Sie haben die heutige Sitzung etwas niedriger bewertet als beim letzten Mal. Gab es etwas in unserem Gespräch, das sich nicht stimmig angefühlt hat, oder etwas, das wir übersehen haben?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-Summe ist von 23,4 in Sitzung 5 auf 17,5 in Sitzung 6 gesunken, ein Rückgang um 5,9 (Hinweis ab 5).",
    "Sie haben die heutige Gruppe etwas niedriger bewertet als beim letzten Mal. Gab es etwas in der Gruppe, das sich nicht stimmig angefühlt hat, oder etwas, das wir übersehen haben?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-Summe der Lehrkraft ist von 23,4 in Sitzung 5 auf 17,5 in Sitzung 6 gesunken, ein Rückgang um 5,9 (Hinweis ab 5).",
    "Sie haben die heutige Sitzung etwas niedriger bewertet als beim letzten Mal. Gab es etwas in unserem Gespräch, das sich nicht stimmig angefühlt hat, oder etwas, das wir übersehen haben?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-Summe der Partnerin/des Partners ist von 36 in Sitzung 2 auf 30 in Sitzung 3 gesunken, ein Rückgang um 6 (Hinweis ab 5).",
    "Sie haben die heutige Sitzung etwas niedriger bewertet als beim letzten Mal. Gab es etwas in unserem Gespräch, das sich nicht stimmig angefühlt hat, oder etwas, das wir übersehen haben?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-Summe einer anderen Person ist von 23,4 in Sitzung 5 auf 17,5 in Sitzung 6 gesunken, ein Rückgang um 5,9 (Hinweis ab 5).",
    "Sie haben die heutige Sitzung etwas niedriger bewertet als beim letzten Mal. Gab es etwas in unserem Gespräch, das sich nicht stimmig angefühlt hat, oder etwas, das wir übersehen haben?"
   ],
   "no facts but the numbers": [
    "Beziehung-Summe ist von 23,4 in Sitzung 5 auf 17,5 in Sitzung 6 gesunken, ein Rückgang um 5,9 (Hinweis ab 5).",
    "Sie haben die heutige Sitzung etwas niedriger bewertet als beim letzten Mal. Gab es etwas in unserem Gespräch, das sich nicht stimmig angefühlt hat, oder etwas, das wir übersehen haben?"
   ]
  },
  "alliance-item-low": {
   "caretaker, ORS, two items, named client": [
    "In Sitzung 6 liegen ORS-Items der Bezugsperson für Klient:in c-2 unter 5: goals 3,5; approach 4.",
    "Mir ist aufgefallen, dass einige Bereiche der heutigen Sitzung niedriger bewertet wurden. Können Sie mir mehr dazu sagen, damit ich meine Arbeitsweise anpassen kann?"
   ],
   "client, group alliance, one item, young child": [
    "In Sitzung 6 liegt ein GSRS-Item unter 5: overall 8,5.",
    "Mir ist aufgefallen, dass ein Bereich der heutigen Gruppe niedriger bewertet wurde. Können Sie mir etwas mehr dazu sagen, damit ich meine Arbeitsweise anpassen kann?"
   ],
   "teacher, CORS, items as English text": [
    "In Sitzung 6 liegen CORS-Items der Lehrkraft unter 5: goals 3.5, approach 4.",
    "Mir ist aufgefallen, dass einige Bereiche der heutigen Sitzung niedriger bewertet wurden. Können Sie mir mehr dazu sagen, damit ich meine Arbeitsweise anpassen kann?"
   ],
   "partner, SRS, whole numbers": [
    "In Sitzung 3 liegt ein SRS-Item der Partnerin/des Partners unter 5: relationship 8.",
    "Mir ist aufgefallen, dass ein Bereich der heutigen Sitzung niedriger bewertet wurde. Können Sie mir etwas mehr dazu sagen, damit ich meine Arbeitsweise anpassen kann?"
   ],
   "another rater, YCORS, not a young child": [
    "In Sitzung 6 liegen YCORS-Items einer anderen Person unter 5: .",
    "Mir ist aufgefallen, dass einige Bereiche der heutigen Sitzung niedriger bewertet wurden. Können Sie mir mehr dazu sagen, damit ich meine Arbeitsweise anpassen kann?"
   ],
   "no facts but the numbers": [
    "In Sitzung 6 liegen Beziehung-Items unter 5: .",
    "Mir ist aufgefallen, dass einige Bereiche der heutigen Sitzung niedriger bewertet wurden. Können Sie mir mehr dazu sagen, damit ich meine Arbeitsweise anpassen kann?"
   ]
  },
  "no-outcome-yet": {
   "caretaker, ORS, two items, named client": [
    "Noch keine Ergebniseinschätzung.",
    "Bevor wir anfangen: Würden Sie markieren, wie es Ihnen in der vergangenen Woche ging? Das hilft uns beiden zu sehen, ob unsere Arbeit hilft."
   ],
   "client, group alliance, one item, young child": [
    "Noch keine Ergebniseinschätzung.",
    "Bevor wir anfangen: Würden Sie markieren, wie es Ihrem Kind in der vergangenen Woche ging? Das hilft uns beiden zu sehen, ob unsere Arbeit hilft."
   ],
   "teacher, CORS, items as English text": [
    "Noch keine Ergebniseinschätzung.",
    "Bevor wir anfangen: Würden Sie markieren, wie es Ihnen in der vergangenen Woche ging? Das hilft uns beiden zu sehen, ob unsere Arbeit hilft."
   ],
   "partner, SRS, whole numbers": [
    "Noch keine Ergebniseinschätzung.",
    "Bevor wir anfangen: Würden Sie markieren, wie es Ihnen in der vergangenen Woche ging? Das hilft uns beiden zu sehen, ob unsere Arbeit hilft."
   ],
   "another rater, YCORS, not a young child": [
    "Noch keine Ergebniseinschätzung.",
    "Bevor wir anfangen: Würden Sie markieren, wie es Ihnen in der vergangenen Woche ging? Das hilft uns beiden zu sehen, ob unsere Arbeit hilft."
   ],
   "no facts but the numbers": [
    "Noch keine Ergebniseinschätzung.",
    "Bevor wir anfangen: Würden Sie markieren, wie es Ihnen in der vergangenen Woche ging? Das hilft uns beiden zu sehen, ob unsere Arbeit hilft."
   ]
  }
 },
 "es": {
  "deteriorated": {
   "caretaker, ORS, two items, named client": [
    "El total ORS del cliente c-2 según la persona cuidadora bajó de 24,2 al inicio a 17,5 en la sesión 6, un empeoramiento fiable (5 puntos o más). Revise el riesgo.",
    "Sus valoraciones indican que las cosas se han vuelto más difíciles desde que empezamos. Me gustaría entender lo que ha notado y asegurarme de que todos han estado a salvo."
   ],
   "client, group alliance, one item, young child": [
    "El total GSRS bajó de 24,2 al inicio a 17,5 en la sesión 6, un empeoramiento fiable (5 puntos o más). Revise el riesgo.",
    "Parece que las cosas se han vuelto más difíciles para usted desde que empezamos. Me gustaría entender qué ha estado pasando y saber cuán seguro se ha sentido. ¿Qué es lo que más le llama la atención?"
   ],
   "teacher, CORS, items as English text": [
    "El total CORS según el docente bajó de 24,2 al inicio a 17,5 en la sesión 6, un empeoramiento fiable (5 puntos o más). Revise el riesgo.",
    "Sus valoraciones indican que las cosas se han vuelto más difíciles desde que empezamos. Me gustaría entender lo que ha notado y asegurarme de que todos han estado a salvo."
   ],
   "partner, SRS, whole numbers": [
    "El total SRS según la pareja bajó de 35 al inicio a 30 en la sesión 3, un empeoramiento fiable (5 puntos o más). Revise el riesgo.",
    "Sus valoraciones indican que las cosas se han vuelto más difíciles desde que empezamos. Me gustaría entender lo que ha notado y asegurarme de que todos han estado a salvo."
   ],
   "another rater, YCORS, not a young child": [
    "El total YCORS según otra persona bajó de 24,2 al inicio a 17,5 en la sesión 6, un empeoramiento fiable (5 puntos o más). Revise el riesgo.",
    "Sus valoraciones indican que las cosas se han vuelto más difíciles desde que empezamos. Me gustaría entender lo que ha notado y asegurarme de que todos han estado a salvo."
   ],
   "no facts but the numbers": [
    "El total de resultado bajó de 24,2 al inicio a 17,5 en la sesión 6, un empeoramiento fiable (5 puntos o más). Revise el riesgo.",
    "Parece que las cosas se han vuelto más difíciles para usted desde que empezamos. Me gustaría entender qué ha estado pasando y saber cuán seguro se ha sentido. ¿Qué es lo que más le llama la atención?"
   ]
  },
  "last-chance": {
   "caretaker, ORS, two items, named client": [
    "El total ORS del cliente c-2 según la persona cuidadora no muestra una mejora fiable después de 6 sesiones (inicio 24,2, ahora 17,5): es momento de una conversación decisiva sobre cambiar el plan o derivar.",
    "Ya nos hemos visto varias veces y sus valoraciones no han cambiado tanto como esperábamos. Quiero asegurarme de que reciba lo que le ayuda: ¿deberíamos cambiar nuestra forma de trabajar, añadir algo o pensar en otra persona que pueda encajar mejor con usted?"
   ],
   "client, group alliance, one item, young child": [
    "El total GSRS no muestra una mejora fiable después de 6 sesiones (inicio 24,2, ahora 17,5): es momento de una conversación decisiva sobre cambiar el plan o derivar.",
    "Ya nos hemos visto varias veces y sus valoraciones no han cambiado tanto como esperábamos. Quiero asegurarme de que reciba lo que le ayuda: ¿deberíamos cambiar nuestra forma de trabajar, añadir algo o pensar en otra persona que pueda encajar mejor con usted?"
   ],
   "teacher, CORS, items as English text": [
    "El total CORS según el docente no muestra una mejora fiable después de 6 sesiones (inicio 24,2, ahora 17,5): es momento de una conversación decisiva sobre cambiar el plan o derivar.",
    "Ya nos hemos visto varias veces y sus valoraciones no han cambiado tanto como esperábamos. Quiero asegurarme de que reciba lo que le ayuda: ¿deberíamos cambiar nuestra forma de trabajar, añadir algo o pensar en otra persona que pueda encajar mejor con usted?"
   ],
   "partner, SRS, whole numbers": [
    "El total SRS según la pareja no muestra una mejora fiable después de 3 sesiones (inicio 35, ahora 30): es momento de una conversación decisiva sobre cambiar el plan o derivar.",
    "Ya nos hemos visto varias veces y sus valoraciones no han cambiado tanto como esperábamos. Quiero asegurarme de que reciba lo que le ayuda: ¿deberíamos cambiar nuestra forma de trabajar, añadir algo o pensar en otra persona que pueda encajar mejor con usted?"
   ],
   "another rater, YCORS, not a young child": [
    "El total YCORS según otra persona no muestra una mejora fiable después de 6 sesiones (inicio 24,2, ahora 17,5): es momento de una conversación decisiva sobre cambiar el plan o derivar.",
    "Ya nos hemos visto varias veces y sus valoraciones no han cambiado tanto como esperábamos. Quiero asegurarme de que reciba lo que le ayuda: ¿deberíamos cambiar nuestra forma de trabajar, añadir algo o pensar en otra persona que pueda encajar mejor con usted?"
   ],
   "no facts but the numbers": [
    "El total de resultado no muestra una mejora fiable después de 6 sesiones (inicio 24,2, ahora 17,5): es momento de una conversación decisiva sobre cambiar el plan o derivar.",
    "Ya nos hemos visto varias veces y sus valoraciones no han cambiado tanto como esperábamos. Quiero asegurarme de que reciba lo que le ayuda: ¿deberíamos cambiar nuestra forma de trabajar, añadir algo o pensar en otra persona que pueda encajar mejor con usted?"
   ]
  },
  "reliable-drop": {
   "caretaker, ORS, two items, named client": [
    "El total ORS del cliente c-2 según la persona cuidadora bajó de 23,4 en la sesión 5 a 17,5 en la sesión 6, un descenso de 5,9: fiable (5 puntos o más).",
    "Su valoración es bastante más baja que la última vez. ¿Qué ha pasado desde nuestro último encuentro?"
   ],
   "client, group alliance, one item, young child": [
    "El total GSRS bajó de 23,4 en la sesión 5 a 17,5 en la sesión 6, un descenso de 5,9: fiable (5 puntos o más).",
    "Su valoración es bastante más baja que la última vez. ¿Qué ha pasado desde nuestro último encuentro?"
   ],
   "teacher, CORS, items as English text": [
    "El total CORS según el docente bajó de 23,4 en la sesión 5 a 17,5 en la sesión 6, un descenso de 5,9: fiable (5 puntos o más).",
    "Su valoración es bastante más baja que la última vez. ¿Qué ha pasado desde nuestro último encuentro?"
   ],
   "partner, SRS, whole numbers": [
    "El total SRS según la pareja bajó de 36 en la sesión 2 a 30 en la sesión 3, un descenso de 6: fiable (5 puntos o más).",
    "Su valoración es bastante más baja que la última vez. ¿Qué ha pasado desde nuestro último encuentro?"
   ],
   "another rater, YCORS, not a young child": [
    "El total YCORS según otra persona bajó de 23,4 en la sesión 5 a 17,5 en la sesión 6, un descenso de 5,9: fiable (5 puntos o más).",
    "Su valoración es bastante más baja que la última vez. ¿Qué ha pasado desde nuestro último encuentro?"
   ],
   "no facts but the numbers": [
    "El total de resultado bajó de 23,4 en la sesión 5 a 17,5 en la sesión 6, un descenso de 5,9: fiable (5 puntos o más).",
    "Su valoración es bastante más baja que la última vez. ¿Qué ha pasado desde nuestro último encuentro?"
   ]
  },
  "not-on-track": {
   "caretaker, ORS, two items, named client": [
    "El total ORS del cliente c-2 según la persona cuidadora de 17,5 en la sesión 6 está por debajo del rango esperado (límite inferior 5) para un valor inicial de 24,2.",
    "Al mirar sus valoraciones hasta ahora, las cosas no han cambiado tanto como esperábamos. ¿Qué opina de eso? ¿Hay algo que podríamos intentar de otra manera?"
   ],
   "client, group alliance, one item, young child": [
    "El total GSRS de 17,5 en la sesión 6 está por debajo del rango esperado (límite inferior 5) para un valor inicial de 24,2.",
    "Al mirar sus valoraciones hasta ahora, las cosas no han cambiado tanto como esperábamos. ¿Qué opina de eso? ¿Hay algo que podríamos intentar de otra manera?"
   ],
   "teacher, CORS, items as English text": [
    "El total CORS según el docente de 17,5 en la sesión 6 está por debajo del rango esperado (límite inferior 5) para un valor inicial de 24,2.",
    "Al mirar sus valoraciones hasta ahora, las cosas no han cambiado tanto como esperábamos. ¿Qué opina de eso? ¿Hay algo que podríamos intentar de otra manera?"
   ],
   "partner, SRS, whole numbers": [
    "El total SRS según la pareja de 30 en la sesión 3 está por debajo del rango esperado (límite inferior 5) para un valor inicial de 35.",
    "Al mirar sus valoraciones hasta ahora, las cosas no han cambiado tanto como esperábamos. ¿Qué opina de eso? ¿Hay algo que podríamos intentar de otra manera?"
   ],
   "another rater, YCORS, not a young child": [
    "El total YCORS según otra persona de 17,5 en la sesión 6 está por debajo del rango esperado (límite inferior 5) para un valor inicial de 24,2.",
    "Al mirar sus valoraciones hasta ahora, las cosas no han cambiado tanto como esperábamos. ¿Qué opina de eso? ¿Hay algo que podríamos intentar de otra manera?"
   ],
   "no facts but the numbers": [
    "El total de resultado de 17,5 en la sesión 6 está por debajo del rango esperado (límite inferior 5) para un valor inicial de 24,2.",
    "Al mirar sus valoraciones hasta ahora, las cosas no han cambiado tanto como esperábamos. ¿Qué opina de eso? ¿Hay algo que podríamos intentar de otra manera?"
   ]
  },
  "checkpoint": {
   "caretaker, ORS, two items, named client": [
    "El total ORS del cliente c-2 según la persona cuidadora no muestra un cambio fiable después de 6 sesiones (inicio 24,2, ahora 17,5): es momento de hacer balance juntos.",
    "Sus valoraciones han cambiado poco desde que empezamos. ¿Qué opina de eso? ¿Hay algo en nuestra forma de trabajar que deberíamos revisar juntos?"
   ],
   "client, group alliance, one item, young child": [
    "El total GSRS no muestra un cambio fiable después de 6 sesiones (inicio 24,2, ahora 17,5): es momento de hacer balance juntos.",
    "Sus valoraciones han cambiado poco desde que empezamos. ¿Qué opina de eso? ¿Hay algo en nuestra forma de trabajar que deberíamos revisar juntos?"
   ],
   "teacher, CORS, items as English text": [
    "El total CORS según el docente no muestra un cambio fiable después de 6 sesiones (inicio 24,2, ahora 17,5): es momento de hacer balance juntos.",
    "Sus valoraciones han cambiado poco desde que empezamos. ¿Qué opina de eso? ¿Hay algo en nuestra forma de trabajar que deberíamos revisar juntos?"
   ],
   "partner, SRS, whole numbers": [
    "El total SRS según la pareja no muestra un cambio fiable después de 3 sesiones (inicio 35, ahora 30): es momento de hacer balance juntos.",
    "Sus valoraciones han cambiado poco desde que empezamos. ¿Qué opina de eso? ¿Hay algo en nuestra forma de trabajar que deberíamos revisar juntos?"
   ],
   "another rater, YCORS, not a young child": [
    "El total YCORS según otra persona no muestra un cambio fiable después de 6 sesiones (inicio 24,2, ahora 17,5): es momento de hacer balance juntos.",
    "Sus valoraciones han cambiado poco desde que empezamos. ¿Qué opina de eso? ¿Hay algo en nuestra forma de trabajar que deberíamos revisar juntos?"
   ],
   "no facts but the numbers": [
    "El total de resultado no muestra un cambio fiable después de 6 sesiones (inicio 24,2, ahora 17,5): es momento de hacer balance juntos.",
    "Sus valoraciones han cambiado poco desde que empezamos. ¿Qué opina de eso? ¿Hay algo en nuestra forma de trabajar que deberíamos revisar juntos?"
   ]
  },
  "alliance-low": {
   "caretaker, ORS, two items, named client": [
    "El total ORS del cliente c-2 según la persona cuidadora de 17,5 en la sesión 6 está por debajo de 5.",
    "Gracias por su sinceridad sobre la sesión de hoy. ¿Qué podría hacer yo de otra manera para que nuestro tiempo juntos le resulte más útil?"
   ],
   "client, group alliance, one item, young child": [
    "El total GSRS de 17,5 en la sesión 6 está por debajo de 5.",
    "Gracias por su sinceridad sobre la sesión de hoy. ¿Qué podríamos hacer de otra manera para que el grupo le resulte más útil?"
   ],
   "teacher, CORS, items as English text": [
    "El total CORS según el docente de 17,5 en la sesión 6 está por debajo de 5.",
    "Gracias por su sinceridad sobre la sesión de hoy. ¿Qué podría hacer yo de otra manera para que nuestro tiempo juntos le resulte más útil?"
   ],
   "partner, SRS, whole numbers": [
    "El total SRS según la pareja de 30 en la sesión 3 está por debajo de 5.",
    "Gracias por su sinceridad sobre la sesión de hoy. ¿Qué podría hacer yo de otra manera para que nuestro tiempo juntos le resulte más útil?"
   ],
   "another rater, YCORS, not a young child": [
    "El total YCORS según otra persona de 17,5 en la sesión 6 está por debajo de 5.",
    "Gracias por su sinceridad sobre la sesión de hoy. ¿Qué podría hacer yo de otra manera para que nuestro tiempo juntos le resulte más útil?"
   ],
   "no facts but the numbers": [
    "El total de alianza de 17,5 en la sesión 6 está por debajo de 5.",
    "Gracias por su sinceridad sobre la sesión de hoy. ¿Qué podría hacer yo de otra manera para que nuestro tiempo juntos le resulte más útil?"
   ]
  },
  "alliance-drop": {
   "caretaker, ORS, two items, named client": [
    "El total ORS del cliente c-2 según la persona cuidadora bajó de 23,4 en la sesión 5 a 17,5 en la sesión 6, un descenso de 5,9 (alerta a partir de 5).",
    "Ha valorado la sesión de hoy un poco más bajo que la última vez. ¿Hubo algo en nuestra conversación que no le encajó, o algo que se nos escapó?"
   ],
   "client, group alliance, one item, young child": [
    "El total GSRS bajó de 23,4 en la sesión 5 a 17,5 en la sesión 6, un descenso de 5,9 (alerta a partir de 5).",
    "Ha valorado el grupo de hoy un poco más bajo que la última vez. ¿Hubo algo en el grupo que no le encajó, o algo que se nos escapó?"
   ],
   "teacher, CORS, items as English text": [
    "El total CORS según el docente bajó de 23,4 en la sesión 5 a 17,5 en la sesión 6, un descenso de 5,9 (alerta a partir de 5).",
    "Ha valorado la sesión de hoy un poco más bajo que la última vez. ¿Hubo algo en nuestra conversación que no le encajó, o algo que se nos escapó?"
   ],
   "partner, SRS, whole numbers": [
    "El total SRS según la pareja bajó de 36 en la sesión 2 a 30 en la sesión 3, un descenso de 6 (alerta a partir de 5).",
    "Ha valorado la sesión de hoy un poco más bajo que la última vez. ¿Hubo algo en nuestra conversación que no le encajó, o algo que se nos escapó?"
   ],
   "another rater, YCORS, not a young child": [
    "El total YCORS según otra persona bajó de 23,4 en la sesión 5 a 17,5 en la sesión 6, un descenso de 5,9 (alerta a partir de 5).",
    "Ha valorado la sesión de hoy un poco más bajo que la última vez. ¿Hubo algo en nuestra conversación que no le encajó, o algo que se nos escapó?"
   ],
   "no facts but the numbers": [
    "El total de alianza bajó de 23,4 en la sesión 5 a 17,5 en la sesión 6, un descenso de 5,9 (alerta a partir de 5).",
    "Ha valorado la sesión de hoy un poco más bajo que la última vez. ¿Hubo algo en nuestra conversación que no le encajó, o algo que se nos escapó?"
   ]
  },
  "alliance-item-low": {
   "caretaker, ORS, two items, named client": [
    "En la sesión 6, varios ítems de ORS del cliente c-2 según la persona cuidadora están por debajo de 5: goals 3,5; approach 4.",
    "He notado que algunos aspectos de la sesión de hoy recibieron puntuaciones más bajas. ¿Podría contarme más sobre ellos, para que pueda ajustar nuestra forma de trabajar?"
   ],
   "client, group alliance, one item, young child": [
    "En la sesión 6, un ítem de GSRS está por debajo de 5: overall 8,5.",
    "He notado que un aspecto del grupo de hoy recibió una puntuación más baja. ¿Podría contarme un poco más, para que pueda ajustar nuestra forma de trabajar?"
   ],
   "teacher, CORS, items as English text": [
    "En la sesión 6, varios ítems de CORS según el docente están por debajo de 5: goals 3.5, approach 4.",
    "He notado que algunos aspectos de la sesión de hoy recibieron puntuaciones más bajas. ¿Podría contarme más sobre ellos, para que pueda ajustar nuestra forma de trabajar?"
   ],
   "partner, SRS, whole numbers": [
    "En la sesión 3, un ítem de SRS según la pareja está por debajo de 5: relationship 8.",
    "He notado que un aspecto de la sesión de hoy recibió una puntuación más baja. ¿Podría contarme un poco más, para que pueda ajustar nuestra forma de trabajar?"
   ],
   "another rater, YCORS, not a young child": [
    "En la sesión 6, varios ítems de YCORS según otra persona están por debajo de 5: .",
    "He notado que algunos aspectos de la sesión de hoy recibieron puntuaciones más bajas. ¿Podría contarme más sobre ellos, para que pueda ajustar nuestra forma de trabajar?"
   ],
   "no facts but the numbers": [
    "En la sesión 6, varios ítems de de alianza están por debajo de 5: .",
    "He notado que algunos aspectos de la sesión de hoy recibieron puntuaciones más bajas. ¿Podría contarme más sobre ellos, para que pueda ajustar nuestra forma de trabajar?"
   ]
  },
  "no-outcome-yet": {
   "caretaker, ORS, two items, named client": [
    "Aún no hay valoración de resultado.",
    "Antes de empezar, ¿podría marcar cómo le han ido las cosas esta última semana? Nos ayuda a ambos a ver si lo que hacemos está sirviendo."
   ],
   "client, group alliance, one item, young child": [
    "Aún no hay valoración de resultado.",
    "Antes de empezar, ¿podría marcar cómo le han ido las cosas a su hijo o hija esta última semana? Nos ayuda a ambos a ver si lo que hacemos está sirviendo."
   ],
   "teacher, CORS, items as English text": [
    "Aún no hay valoración de resultado.",
    "Antes de empezar, ¿podría marcar cómo le han ido las cosas esta última semana? Nos ayuda a ambos a ver si lo que hacemos está sirviendo."
   ],
   "partner, SRS, whole numbers": [
    "Aún no hay valoración de resultado.",
    "Antes de empezar, ¿podría marcar cómo le han ido las cosas esta última semana? Nos ayuda a ambos a ver si lo que hacemos está sirviendo."
   ],
   "another rater, YCORS, not a young child": [
    "Aún no hay valoración de resultado.",
    "Antes de empezar, ¿podría marcar cómo le han ido las cosas esta última semana? Nos ayuda a ambos a ver si lo que hacemos está sirviendo."
   ],
   "no facts but the numbers": [
    "Aún no hay valoración de resultado.",
    "Antes de empezar, ¿podría marcar cómo le han ido las cosas esta última semana? Nos ayuda a ambos a ver si lo que hacemos está sirviendo."
   ]
  }
 },
 "fr": {
  "deteriorated": {
   "caretaker, ORS, two items, named client": [
    "Le total ORS du client c-2 selon le parent ou tuteur est passé de 24,2 à l’accueil à 17,5 à la séance 6, une détérioration fiable (5 points ou plus). Évaluez le risque.",
    "Vos évaluations indiquent que les choses sont devenues plus difficiles depuis le début. J’aimerais comprendre ce que vous avez remarqué, et m’assurer que tout le monde a été en sécurité."
   ],
   "client, group alliance, one item, young child": [
    "Le total GSRS est passé de 24,2 à l’accueil à 17,5 à la séance 6, une détérioration fiable (5 points ou plus). Évaluez le risque.",
    "On dirait que les choses sont devenues plus difficiles pour vous depuis que nous avons commencé. J’aimerais comprendre ce qui se passe, et savoir à quel point vous vous êtes senti en sécurité. Qu’est-ce qui vous frappe le plus ?"
   ],
   "teacher, CORS, items as English text": [
    "Le total CORS selon l’enseignant est passé de 24,2 à l’accueil à 17,5 à la séance 6, une détérioration fiable (5 points ou plus). Évaluez le risque.",
    "Vos évaluations indiquent que les choses sont devenues plus difficiles depuis le début. J’aimerais comprendre ce que vous avez remarqué, et m’assurer que tout le monde a été en sécurité."
   ],
   "partner, SRS, whole numbers": [
    "Le total SRS selon le ou la partenaire est passé de 35 à l’accueil à 30 à la séance 3, une détérioration fiable (5 points ou plus). Évaluez le risque.",
    "Vos évaluations indiquent que les choses sont devenues plus difficiles depuis le début. J’aimerais comprendre ce que vous avez remarqué, et m’assurer que tout le monde a été en sécurité."
   ],
   "another rater, YCORS, not a young child": [
    "Le total YCORS selon une autre personne est passé de 24,2 à l’accueil à 17,5 à la séance 6, une détérioration fiable (5 points ou plus). Évaluez le risque.",
    "Vos évaluations indiquent que les choses sont devenues plus difficiles depuis le début. J’aimerais comprendre ce que vous avez remarqué, et m’assurer que tout le monde a été en sécurité."
   ],
   "no facts but the numbers": [
    "Le total résultat est passé de 24,2 à l’accueil à 17,5 à la séance 6, une détérioration fiable (5 points ou plus). Évaluez le risque.",
    "On dirait que les choses sont devenues plus difficiles pour vous depuis que nous avons commencé. J’aimerais comprendre ce qui se passe, et savoir à quel point vous vous êtes senti en sécurité. Qu’est-ce qui vous frappe le plus ?"
   ]
  },
  "last-chance": {
   "caretaker, ORS, two items, named client": [
    "Le total ORS du client c-2 selon le parent ou tuteur ne montre aucune amélioration fiable après 6 séances (accueil 24,2, maintenant 17,5) : il est temps d’avoir une conversation décisive sur un changement de plan ou une orientation.",
    "Nous nous sommes vus plusieurs fois maintenant, et vos évaluations n’ont pas évolué autant que nous l’espérions. Je tiens à ce que vous receviez ce qui vous aide : devrions-nous changer notre façon de travailler, ajouter quelque chose, ou envisager une autre personne qui vous conviendrait mieux ?"
   ],
   "client, group alliance, one item, young child": [
    "Le total GSRS ne montre aucune amélioration fiable après 6 séances (accueil 24,2, maintenant 17,5) : il est temps d’avoir une conversation décisive sur un changement de plan ou une orientation.",
    "Nous nous sommes vus plusieurs fois maintenant, et vos évaluations n’ont pas évolué autant que nous l’espérions. Je tiens à ce que vous receviez ce qui vous aide : devrions-nous changer notre façon de travailler, ajouter quelque chose, ou envisager une autre personne qui vous conviendrait mieux ?"
   ],
   "teacher, CORS, items as English text": [
    "Le total CORS selon l’enseignant ne montre aucune amélioration fiable après 6 séances (accueil 24,2, maintenant 17,5) : il est temps d’avoir une conversation décisive sur un changement de plan ou une orientation.",
    "Nous nous sommes vus plusieurs fois maintenant, et vos évaluations n’ont pas évolué autant que nous l’espérions. Je tiens à ce que vous receviez ce qui vous aide : devrions-nous changer notre façon de travailler, ajouter quelque chose, ou envisager une autre personne qui vous conviendrait mieux ?"
   ],
   "partner, SRS, whole numbers": [
    "Le total SRS selon le ou la partenaire ne montre aucune amélioration fiable après 3 séances (accueil 35, maintenant 30) : il est temps d’avoir une conversation décisive sur un changement de plan ou une orientation.",
    "Nous nous sommes vus plusieurs fois maintenant, et vos évaluations n’ont pas évolué autant que nous l’espérions. Je tiens à ce que vous receviez ce qui vous aide : devrions-nous changer notre façon de travailler, ajouter quelque chose, ou envisager une autre personne qui vous conviendrait mieux ?"
   ],
   "another rater, YCORS, not a young child": [
    "Le total YCORS selon une autre personne ne montre aucune amélioration fiable après 6 séances (accueil 24,2, maintenant 17,5) : il est temps d’avoir une conversation décisive sur un changement de plan ou une orientation.",
    "Nous nous sommes vus plusieurs fois maintenant, et vos évaluations n’ont pas évolué autant que nous l’espérions. Je tiens à ce que vous receviez ce qui vous aide : devrions-nous changer notre façon de travailler, ajouter quelque chose, ou envisager une autre personne qui vous conviendrait mieux ?"
   ],
   "no facts but the numbers": [
    "Le total résultat ne montre aucune amélioration fiable après 6 séances (accueil 24,2, maintenant 17,5) : il est temps d’avoir une conversation décisive sur un changement de plan ou une orientation.",
    "Nous nous sommes vus plusieurs fois maintenant, et vos évaluations n’ont pas évolué autant que nous l’espérions. Je tiens à ce que vous receviez ce qui vous aide : devrions-nous changer notre façon de travailler, ajouter quelque chose, ou envisager une autre personne qui vous conviendrait mieux ?"
   ]
  },
  "reliable-drop": {
   "caretaker, ORS, two items, named client": [
    "Le total ORS du client c-2 selon le parent ou tuteur est passé de 23,4 à la séance 5 à 17,5 à la séance 6, une baisse de 5,9 : fiable (5 points ou plus).",
    "Votre évaluation est nettement plus basse que la dernière fois. Que s’est-il passé depuis notre dernière rencontre ?"
   ],
   "client, group alliance, one item, young child": [
    "Le total GSRS est passé de 23,4 à la séance 5 à 17,5 à la séance 6, une baisse de 5,9 : fiable (5 points ou plus).",
    "Votre évaluation est nettement plus basse que la dernière fois. Que s’est-il passé depuis notre dernière rencontre ?"
   ],
   "teacher, CORS, items as English text": [
    "Le total CORS selon l’enseignant est passé de 23,4 à la séance 5 à 17,5 à la séance 6, une baisse de 5,9 : fiable (5 points ou plus).",
    "Votre évaluation est nettement plus basse que la dernière fois. Que s’est-il passé depuis notre dernière rencontre ?"
   ],
   "partner, SRS, whole numbers": [
    "Le total SRS selon le ou la partenaire est passé de 36 à la séance 2 à 30 à la séance 3, une baisse de 6 : fiable (5 points ou plus).",
    "Votre évaluation est nettement plus basse que la dernière fois. Que s’est-il passé depuis notre dernière rencontre ?"
   ],
   "another rater, YCORS, not a young child": [
    "Le total YCORS selon une autre personne est passé de 23,4 à la séance 5 à 17,5 à la séance 6, une baisse de 5,9 : fiable (5 points ou plus).",
    "Votre évaluation est nettement plus basse que la dernière fois. Que s’est-il passé depuis notre dernière rencontre ?"
   ],
   "no facts but the numbers": [
    "Le total résultat est passé de 23,4 à la séance 5 à 17,5 à la séance 6, une baisse de 5,9 : fiable (5 points ou plus).",
    "Votre évaluation est nettement plus basse que la dernière fois. Que s’est-il passé depuis notre dernière rencontre ?"
   ]
  },
  "not-on-track": {
   "caretaker, ORS, two items, named client": [
    "Le total ORS du client c-2 selon le parent ou tuteur de 17,5 à la séance 6 est en dessous de la zone attendue (limite basse 5) pour une valeur d’accueil de 24,2.",
    "En regardant vos évaluations jusqu’ici, les choses n’ont pas changé autant que nous l’espérions. Qu’en pensez-vous, et y a-t-il quelque chose que nous pourrions essayer autrement ?"
   ],
   "client, group alliance, one item, young child": [
    "Le total GSRS de 17,5 à la séance 6 est en dessous de la zone attendue (limite basse 5) pour une valeur d’accueil de 24,2.",
    "En regardant vos évaluations jusqu’ici, les choses n’ont pas changé autant que nous l’espérions. Qu’en pensez-vous, et y a-t-il quelque chose que nous pourrions essayer autrement ?"
   ],
   "teacher, CORS, items as English text": [
    "Le total CORS selon l’enseignant de 17,5 à la séance 6 est en dessous de la zone attendue (limite basse 5) pour une valeur d’accueil de 24,2.",
    "En regardant vos évaluations jusqu’ici, les choses n’ont pas changé autant que nous l’espérions. Qu’en pensez-vous, et y a-t-il quelque chose que nous pourrions essayer autrement ?"
   ],
   "partner, SRS, whole numbers": [
    "Le total SRS selon le ou la partenaire de 30 à la séance 3 est en dessous de la zone attendue (limite basse 5) pour une valeur d’accueil de 35.",
    "En regardant vos évaluations jusqu’ici, les choses n’ont pas changé autant que nous l’espérions. Qu’en pensez-vous, et y a-t-il quelque chose que nous pourrions essayer autrement ?"
   ],
   "another rater, YCORS, not a young child": [
    "Le total YCORS selon une autre personne de 17,5 à la séance 6 est en dessous de la zone attendue (limite basse 5) pour une valeur d’accueil de 24,2.",
    "En regardant vos évaluations jusqu’ici, les choses n’ont pas changé autant que nous l’espérions. Qu’en pensez-vous, et y a-t-il quelque chose que nous pourrions essayer autrement ?"
   ],
   "no facts but the numbers": [
    "Le total résultat de 17,5 à la séance 6 est en dessous de la zone attendue (limite basse 5) pour une valeur d’accueil de 24,2.",
    "En regardant vos évaluations jusqu’ici, les choses n’ont pas changé autant que nous l’espérions. Qu’en pensez-vous, et y a-t-il quelque chose que nous pourrions essayer autrement ?"
   ]
  },
  "checkpoint": {
   "caretaker, ORS, two items, named client": [
    "Le total ORS du client c-2 selon le parent ou tuteur ne montre aucun changement fiable après 6 séances (accueil 24,2, maintenant 17,5) : il est temps de faire le point ensemble.",
    "Vos évaluations ont peu changé depuis le début. Qu’en pensez-vous ? Y a-t-il quelque chose dans notre façon de travailler que nous devrions regarder ensemble ?"
   ],
   "client, group alliance, one item, young child": [
    "Le total GSRS ne montre aucun changement fiable après 6 séances (accueil 24,2, maintenant 17,5) : il est temps de faire le point ensemble.",
    "Vos évaluations ont peu changé depuis le début. Qu’en pensez-vous ? Y a-t-il quelque chose dans notre façon de travailler que nous devrions regarder ensemble ?"
   ],
   "teacher, CORS, items as English text": [
    "Le total CORS selon l’enseignant ne montre aucun changement fiable après 6 séances (accueil 24,2, maintenant 17,5) : il est temps de faire le point ensemble.",
    "Vos évaluations ont peu changé depuis le début. Qu’en pensez-vous ? Y a-t-il quelque chose dans notre façon de travailler que nous devrions regarder ensemble ?"
   ],
   "partner, SRS, whole numbers": [
    "Le total SRS selon le ou la partenaire ne montre aucun changement fiable après 3 séances (accueil 35, maintenant 30) : il est temps de faire le point ensemble.",
    "Vos évaluations ont peu changé depuis le début. Qu’en pensez-vous ? Y a-t-il quelque chose dans notre façon de travailler que nous devrions regarder ensemble ?"
   ],
   "another rater, YCORS, not a young child": [
    "Le total YCORS selon une autre personne ne montre aucun changement fiable après 6 séances (accueil 24,2, maintenant 17,5) : il est temps de faire le point ensemble.",
    "Vos évaluations ont peu changé depuis le début. Qu’en pensez-vous ? Y a-t-il quelque chose dans notre façon de travailler que nous devrions regarder ensemble ?"
   ],
   "no facts but the numbers": [
    "Le total résultat ne montre aucun changement fiable après 6 séances (accueil 24,2, maintenant 17,5) : il est temps de faire le point ensemble.",
    "Vos évaluations ont peu changé depuis le début. Qu’en pensez-vous ? Y a-t-il quelque chose dans notre façon de travailler que nous devrions regarder ensemble ?"
   ]
  },
  "alliance-low": {
   "caretaker, ORS, two items, named client": [
    "Le total ORS du client c-2 selon le parent ou tuteur de 17,5 à la séance 6 est inférieur à 5.",
    "Merci de votre franchise sur la séance d’aujourd’hui. Que pourrais-je faire autrement pour que notre temps ensemble vous soit plus utile ?"
   ],
   "client, group alliance, one item, young child": [
    "Le total GSRS de 17,5 à la séance 6 est inférieur à 5.",
    "Merci de votre franchise sur la séance d’aujourd’hui. Que pourrions-nous faire autrement pour que le groupe vous soit plus utile ?"
   ],
   "teacher, CORS, items as English text": [
    "Le total CORS selon l’enseignant de 17,5 à la séance 6 est inférieur à 5.",
    "Merci de votre franchise sur la séance d’aujourd’hui. Que pourrais-je faire autrement pour que notre temps ensemble vous soit plus utile ?"
   ],
   "partner, SRS, whole numbers": [
    "Le total SRS selon le ou la partenaire de 30 à la séance 3 est inférieur à 5.",
    "Merci de votre franchise sur la séance d’aujourd’hui. Que pourrais-je faire autrement pour que notre temps ensemble vous soit plus utile ?"
   ],
   "another rater, YCORS, not a young child": [
    "Le total YCORS selon une autre personne de 17,5 à la séance 6 est inférieur à 5.",
    "Merci de votre franchise sur la séance d’aujourd’hui. Que pourrais-je faire autrement pour que notre temps ensemble vous soit plus utile ?"
   ],
   "no facts but the numbers": [
    "Le total alliance de 17,5 à la séance 6 est inférieur à 5.",
    "Merci de votre franchise sur la séance d’aujourd’hui. Que pourrais-je faire autrement pour que notre temps ensemble vous soit plus utile ?"
   ]
  },
  "alliance-drop": {
   "caretaker, ORS, two items, named client": [
    "Le total ORS du client c-2 selon le parent ou tuteur est passé de 23,4 à la séance 5 à 17,5 à la séance 6, une baisse de 5,9 (alerte à partir de 5).",
    "Vous avez évalué la séance d’aujourd’hui un peu plus bas que la dernière fois. Y a-t-il eu quelque chose dans notre échange qui ne vous a pas convenu, ou quelque chose qui nous a échappé ?"
   ],
   "client, group alliance, one item, young child": [
    "Le total GSRS est passé de 23,4 à la séance 5 à 17,5 à la séance 6, une baisse de 5,9 (alerte à partir de 5).",
    "Vous avez évalué le groupe d’aujourd’hui un peu plus bas que la dernière fois. Y a-t-il eu quelque chose dans le groupe qui ne vous a pas convenu, ou quelque chose qui nous a échappé ?"
   ],
   "teacher, CORS, items as English text": [
    "Le total CORS selon l’enseignant est passé de 23,4 à la séance 5 à 17,5 à la séance 6, une baisse de 5,9 (alerte à partir de 5).",
    "Vous avez évalué la séance d’aujourd’hui un peu plus bas que la dernière fois. Y a-t-il eu quelque chose dans notre échange qui ne vous a pas convenu, ou quelque chose qui nous a échappé ?"
   ],
   "partner, SRS, whole numbers": [
    "Le total SRS selon le ou la partenaire est passé de 36 à la séance 2 à 30 à la séance 3, une baisse de 6 (alerte à partir de 5).",
    "Vous avez évalué la séance d’aujourd’hui un peu plus bas que la dernière fois. Y a-t-il eu quelque chose dans notre échange qui ne vous a pas convenu, ou quelque chose qui nous a échappé ?"
   ],
   "another rater, YCORS, not a young child": [
    "Le total YCORS selon une autre personne est passé de 23,4 à la séance 5 à 17,5 à la séance 6, une baisse de 5,9 (alerte à partir de 5).",
    "Vous avez évalué la séance d’aujourd’hui un peu plus bas que la dernière fois. Y a-t-il eu quelque chose dans notre échange qui ne vous a pas convenu, ou quelque chose qui nous a échappé ?"
   ],
   "no facts but the numbers": [
    "Le total alliance est passé de 23,4 à la séance 5 à 17,5 à la séance 6, une baisse de 5,9 (alerte à partir de 5).",
    "Vous avez évalué la séance d’aujourd’hui un peu plus bas que la dernière fois. Y a-t-il eu quelque chose dans notre échange qui ne vous a pas convenu, ou quelque chose qui nous a échappé ?"
   ]
  },
  "alliance-item-low": {
   "caretaker, ORS, two items, named client": [
    "À la séance 6, des items ORS du client c-2 selon le parent ou tuteur sont en dessous de 5 : goals 3,5 ; approach 4.",
    "J’ai remarqué que certains aspects de la séance d’aujourd’hui ont reçu des notes plus basses. Pourriez-vous m’en dire plus, pour que je puisse ajuster notre façon de travailler ?"
   ],
   "client, group alliance, one item, young child": [
    "À la séance 6, un item GSRS est en dessous de 5 : overall 8,5.",
    "J’ai remarqué qu’un aspect du groupe d’aujourd’hui a reçu une note plus basse. Pourriez-vous m’en dire un peu plus, pour que je puisse ajuster notre façon de travailler ?"
   ],
   "teacher, CORS, items as English text": [
    "À la séance 6, des items CORS selon l’enseignant sont en dessous de 5 : goals 3.5, approach 4.",
    "J’ai remarqué que certains aspects de la séance d’aujourd’hui ont reçu des notes plus basses. Pourriez-vous m’en dire plus, pour que je puisse ajuster notre façon de travailler ?"
   ],
   "partner, SRS, whole numbers": [
    "À la séance 3, un item SRS selon le ou la partenaire est en dessous de 5 : relationship 8.",
    "J’ai remarqué qu’un aspect de la séance d’aujourd’hui a reçu une note plus basse. Pourriez-vous m’en dire un peu plus, pour que je puisse ajuster notre façon de travailler ?"
   ],
   "another rater, YCORS, not a young child": [
    "À la séance 6, des items YCORS selon une autre personne sont en dessous de 5 : .",
    "J’ai remarqué que certains aspects de la séance d’aujourd’hui ont reçu des notes plus basses. Pourriez-vous m’en dire plus, pour que je puisse ajuster notre façon de travailler ?"
   ],
   "no facts but the numbers": [
    "À la séance 6, des items alliance sont en dessous de 5 : .",
    "J’ai remarqué que certains aspects de la séance d’aujourd’hui ont reçu des notes plus basses. Pourriez-vous m’en dire plus, pour que je puisse ajuster notre façon de travailler ?"
   ]
  },
  "no-outcome-yet": {
   "caretaker, ORS, two items, named client": [
    "Pas encore d’évaluation du résultat.",
    "Avant de commencer, pourriez-vous indiquer comment les choses se sont passées pour vous cette semaine ? Cela nous aide tous les deux à voir si ce que nous faisons est utile."
   ],
   "client, group alliance, one item, young child": [
    "Pas encore d’évaluation du résultat.",
    "Avant de commencer, pourriez-vous indiquer comment les choses se sont passées pour votre enfant cette semaine ? Cela nous aide tous les deux à voir si ce que nous faisons est utile."
   ],
   "teacher, CORS, items as English text": [
    "Pas encore d’évaluation du résultat.",
    "Avant de commencer, pourriez-vous indiquer comment les choses se sont passées pour vous cette semaine ? Cela nous aide tous les deux à voir si ce que nous faisons est utile."
   ],
   "partner, SRS, whole numbers": [
    "Pas encore d’évaluation du résultat.",
    "Avant de commencer, pourriez-vous indiquer comment les choses se sont passées pour vous cette semaine ? Cela nous aide tous les deux à voir si ce que nous faisons est utile."
   ],
   "another rater, YCORS, not a young child": [
    "Pas encore d’évaluation du résultat.",
    "Avant de commencer, pourriez-vous indiquer comment les choses se sont passées pour vous cette semaine ? Cela nous aide tous les deux à voir si ce que nous faisons est utile."
   ],
   "no facts but the numbers": [
    "Pas encore d’évaluation du résultat.",
    "Avant de commencer, pourriez-vous indiquer comment les choses se sont passées pour vous cette semaine ? Cela nous aide tous les deux à voir si ce que nous faisons est utile."
   ]
  }
 },
 "nb": {
  "deteriorated": {
   "caretaker, ORS, two items, named client": [
    "ORS-sum for klient c-2 (vurdert av omsorgsperson) falt fra 24,2 ved oppstart til 17,5 i time 6, en reliabel forverring (5 poeng eller mer). Vurder risiko.",
    "Vurderingene dine viser at ting har blitt vanskeligere siden vi begynte. Jeg vil gjerne forstå hva du har lagt merke til, og forsikre meg om at alle har vært trygge."
   ],
   "client, group alliance, one item, young child": [
    "GSRS-sum falt fra 24,2 ved oppstart til 17,5 i time 6, en reliabel forverring (5 poeng eller mer). Vurder risiko.",
    "Det ser ut til at ting har blitt vanskeligere for deg siden vi begynte. Jeg vil gjerne forstå hva som har skjedd, og høre hvor trygg du har følt deg. Hva er det som peker seg ut for deg?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-sum (vurdert av lærer) falt fra 24,2 ved oppstart til 17,5 i time 6, en reliabel forverring (5 poeng eller mer). Vurder risiko.",
    "Vurderingene dine viser at ting har blitt vanskeligere siden vi begynte. Jeg vil gjerne forstå hva du har lagt merke til, og forsikre meg om at alle har vært trygge."
   ],
   "partner, SRS, whole numbers": [
    "SRS-sum (vurdert av partner) falt fra 35 ved oppstart til 30 i time 3, en reliabel forverring (5 poeng eller mer). Vurder risiko.",
    "Vurderingene dine viser at ting har blitt vanskeligere siden vi begynte. Jeg vil gjerne forstå hva du har lagt merke til, og forsikre meg om at alle har vært trygge."
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-sum (vurdert av en annen person) falt fra 24,2 ved oppstart til 17,5 i time 6, en reliabel forverring (5 poeng eller mer). Vurder risiko.",
    "Vurderingene dine viser at ting har blitt vanskeligere siden vi begynte. Jeg vil gjerne forstå hva du har lagt merke til, og forsikre meg om at alle har vært trygge."
   ],
   "no facts but the numbers": [
    "Resultat-sum falt fra 24,2 ved oppstart til 17,5 i time 6, en reliabel forverring (5 poeng eller mer). Vurder risiko.",
    "Det ser ut til at ting har blitt vanskeligere for deg siden vi begynte. Jeg vil gjerne forstå hva som har skjedd, og høre hvor trygg du har følt deg. Hva er det som peker seg ut for deg?"
   ]
  },
  "last-chance": {
   "caretaker, ORS, two items, named client": [
    "ORS-sum for klient c-2 (vurdert av omsorgsperson) viser ingen reliabel bedring etter 6 timer (oppstart 24,2, nå 17,5): tid for en avgjørende samtale om å endre planen eller henvise videre.",
    "Vi har møttes flere ganger nå, og vurderingene dine har ikke endret seg så mye som vi håpet. Jeg vil være sikker på at du får det som hjelper: Skal vi endre måten vi jobber på, legge til noe, eller tenke på om noen andre kan passe bedre for deg?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-sum viser ingen reliabel bedring etter 6 timer (oppstart 24,2, nå 17,5): tid for en avgjørende samtale om å endre planen eller henvise videre.",
    "Vi har møttes flere ganger nå, og vurderingene dine har ikke endret seg så mye som vi håpet. Jeg vil være sikker på at du får det som hjelper: Skal vi endre måten vi jobber på, legge til noe, eller tenke på om noen andre kan passe bedre for deg?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-sum (vurdert av lærer) viser ingen reliabel bedring etter 6 timer (oppstart 24,2, nå 17,5): tid for en avgjørende samtale om å endre planen eller henvise videre.",
    "Vi har møttes flere ganger nå, og vurderingene dine har ikke endret seg så mye som vi håpet. Jeg vil være sikker på at du får det som hjelper: Skal vi endre måten vi jobber på, legge til noe, eller tenke på om noen andre kan passe bedre for deg?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-sum (vurdert av partner) viser ingen reliabel bedring etter 3 timer (oppstart 35, nå 30): tid for en avgjørende samtale om å endre planen eller henvise videre.",
    "Vi har møttes flere ganger nå, og vurderingene dine har ikke endret seg så mye som vi håpet. Jeg vil være sikker på at du får det som hjelper: Skal vi endre måten vi jobber på, legge til noe, eller tenke på om noen andre kan passe bedre for deg?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-sum (vurdert av en annen person) viser ingen reliabel bedring etter 6 timer (oppstart 24,2, nå 17,5): tid for en avgjørende samtale om å endre planen eller henvise videre.",
    "Vi har møttes flere ganger nå, og vurderingene dine har ikke endret seg så mye som vi håpet. Jeg vil være sikker på at du får det som hjelper: Skal vi endre måten vi jobber på, legge til noe, eller tenke på om noen andre kan passe bedre for deg?"
   ],
   "no facts but the numbers": [
    "Resultat-sum viser ingen reliabel bedring etter 6 timer (oppstart 24,2, nå 17,5): tid for en avgjørende samtale om å endre planen eller henvise videre.",
    "Vi har møttes flere ganger nå, og vurderingene dine har ikke endret seg så mye som vi håpet. Jeg vil være sikker på at du får det som hjelper: Skal vi endre måten vi jobber på, legge til noe, eller tenke på om noen andre kan passe bedre for deg?"
   ]
  },
  "reliable-drop": {
   "caretaker, ORS, two items, named client": [
    "ORS-sum for klient c-2 (vurdert av omsorgsperson) falt fra 23,4 i time 5 til 17,5 i time 6, et fall på 5,9: reliabelt (5 poeng eller mer).",
    "Vurderingen din er en god del lavere enn sist. Hva har skjedd siden vi møttes sist?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-sum falt fra 23,4 i time 5 til 17,5 i time 6, et fall på 5,9: reliabelt (5 poeng eller mer).",
    "Vurderingen din er en god del lavere enn sist. Hva har skjedd siden vi møttes sist?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-sum (vurdert av lærer) falt fra 23,4 i time 5 til 17,5 i time 6, et fall på 5,9: reliabelt (5 poeng eller mer).",
    "Vurderingen din er en god del lavere enn sist. Hva har skjedd siden vi møttes sist?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-sum (vurdert av partner) falt fra 36 i time 2 til 30 i time 3, et fall på 6: reliabelt (5 poeng eller mer).",
    "Vurderingen din er en god del lavere enn sist. Hva har skjedd siden vi møttes sist?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-sum (vurdert av en annen person) falt fra 23,4 i time 5 til 17,5 i time 6, et fall på 5,9: reliabelt (5 poeng eller mer).",
    "Vurderingen din er en god del lavere enn sist. Hva har skjedd siden vi møttes sist?"
   ],
   "no facts but the numbers": [
    "Resultat-sum falt fra 23,4 i time 5 til 17,5 i time 6, et fall på 5,9: reliabelt (5 poeng eller mer).",
    "Vurderingen din er en god del lavere enn sist. Hva har skjedd siden vi møttes sist?"
   ]
  },
  "not-on-track": {
   "caretaker, ORS, two items, named client": [
    "ORS-sum for klient c-2 (vurdert av omsorgsperson) 17,5 i time 6 ligger under forventet område (nedre grense 5) for en oppstartsverdi på 24,2.",
    "Når jeg ser på vurderingene dine så langt, har ting ikke endret seg så mye som vi håpet. Hva tenker du om det, og er det noe vi kunne prøvd på en annen måte?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-sum 17,5 i time 6 ligger under forventet område (nedre grense 5) for en oppstartsverdi på 24,2.",
    "Når jeg ser på vurderingene dine så langt, har ting ikke endret seg så mye som vi håpet. Hva tenker du om det, og er det noe vi kunne prøvd på en annen måte?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-sum (vurdert av lærer) 17,5 i time 6 ligger under forventet område (nedre grense 5) for en oppstartsverdi på 24,2.",
    "Når jeg ser på vurderingene dine så langt, har ting ikke endret seg så mye som vi håpet. Hva tenker du om det, og er det noe vi kunne prøvd på en annen måte?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-sum (vurdert av partner) 30 i time 3 ligger under forventet område (nedre grense 5) for en oppstartsverdi på 35.",
    "Når jeg ser på vurderingene dine så langt, har ting ikke endret seg så mye som vi håpet. Hva tenker du om det, og er det noe vi kunne prøvd på en annen måte?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-sum (vurdert av en annen person) 17,5 i time 6 ligger under forventet område (nedre grense 5) for en oppstartsverdi på 24,2.",
    "Når jeg ser på vurderingene dine så langt, har ting ikke endret seg så mye som vi håpet. Hva tenker du om det, og er det noe vi kunne prøvd på en annen måte?"
   ],
   "no facts but the numbers": [
    "Resultat-sum 17,5 i time 6 ligger under forventet område (nedre grense 5) for en oppstartsverdi på 24,2.",
    "Når jeg ser på vurderingene dine så langt, har ting ikke endret seg så mye som vi håpet. Hva tenker du om det, og er det noe vi kunne prøvd på en annen måte?"
   ]
  },
  "checkpoint": {
   "caretaker, ORS, two items, named client": [
    "ORS-sum for klient c-2 (vurdert av omsorgsperson) viser ingen reliabel endring etter 6 timer (oppstart 24,2, nå 17,5): tid for en samtale om hvordan det går.",
    "Vurderingene dine har ikke endret seg mye siden vi begynte. Hva tenker du om det? Er det noe ved måten vi jobber på som vi bør se på sammen?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-sum viser ingen reliabel endring etter 6 timer (oppstart 24,2, nå 17,5): tid for en samtale om hvordan det går.",
    "Vurderingene dine har ikke endret seg mye siden vi begynte. Hva tenker du om det? Er det noe ved måten vi jobber på som vi bør se på sammen?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-sum (vurdert av lærer) viser ingen reliabel endring etter 6 timer (oppstart 24,2, nå 17,5): tid for en samtale om hvordan det går.",
    "Vurderingene dine har ikke endret seg mye siden vi begynte. Hva tenker du om det? Er det noe ved måten vi jobber på som vi bør se på sammen?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-sum (vurdert av partner) viser ingen reliabel endring etter 3 timer (oppstart 35, nå 30): tid for en samtale om hvordan det går.",
    "Vurderingene dine har ikke endret seg mye siden vi begynte. Hva tenker du om det? Er det noe ved måten vi jobber på som vi bør se på sammen?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-sum (vurdert av en annen person) viser ingen reliabel endring etter 6 timer (oppstart 24,2, nå 17,5): tid for en samtale om hvordan det går.",
    "Vurderingene dine har ikke endret seg mye siden vi begynte. Hva tenker du om det? Er det noe ved måten vi jobber på som vi bør se på sammen?"
   ],
   "no facts but the numbers": [
    "Resultat-sum viser ingen reliabel endring etter 6 timer (oppstart 24,2, nå 17,5): tid for en samtale om hvordan det går.",
    "Vurderingene dine har ikke endret seg mye siden vi begynte. Hva tenker du om det? Er det noe ved måten vi jobber på som vi bør se på sammen?"
   ]
  },
  "alliance-low": {
   "caretaker, ORS, two items, named client": [
    "ORS-sum for klient c-2 (vurdert av omsorgsperson) 17,5 i time 6 er under 5.",
    "Takk for at du er ærlig om hvordan det var i dag. Hva kunne jeg gjort annerledes, slik at tiden vår sammen blir mer nyttig for deg?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-sum 17,5 i time 6 er under 5.",
    "Takk for at du er ærlig om hvordan det var i dag. Hva kunne vi gjort annerledes, slik at gruppen blir mer nyttig for deg?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-sum (vurdert av lærer) 17,5 i time 6 er under 5.",
    "Takk for at du er ærlig om hvordan det var i dag. Hva kunne jeg gjort annerledes, slik at tiden vår sammen blir mer nyttig for deg?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-sum (vurdert av partner) 30 i time 3 er under 5.",
    "Takk for at du er ærlig om hvordan det var i dag. Hva kunne jeg gjort annerledes, slik at tiden vår sammen blir mer nyttig for deg?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-sum (vurdert av en annen person) 17,5 i time 6 er under 5.",
    "Takk for at du er ærlig om hvordan det var i dag. Hva kunne jeg gjort annerledes, slik at tiden vår sammen blir mer nyttig for deg?"
   ],
   "no facts but the numbers": [
    "Allianse-sum 17,5 i time 6 er under 5.",
    "Takk for at du er ærlig om hvordan det var i dag. Hva kunne jeg gjort annerledes, slik at tiden vår sammen blir mer nyttig for deg?"
   ]
  },
  "alliance-drop": {
   "caretaker, ORS, two items, named client": [
    "ORS-sum for klient c-2 (vurdert av omsorgsperson) falt fra 23,4 i time 5 til 17,5 i time 6, et fall på 5,9 (varsel ved 5 eller mer).",
    "Du vurderte timen i dag litt lavere enn sist. Var det noe i samtalen vår som ikke føltes riktig, eller noe vi gikk glipp av?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-sum falt fra 23,4 i time 5 til 17,5 i time 6, et fall på 5,9 (varsel ved 5 eller mer).",
    "Du vurderte dagens gruppe litt lavere enn sist. Var det noe i gruppen som ikke føltes riktig, eller noe vi gikk glipp av?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-sum (vurdert av lærer) falt fra 23,4 i time 5 til 17,5 i time 6, et fall på 5,9 (varsel ved 5 eller mer).",
    "Du vurderte timen i dag litt lavere enn sist. Var det noe i samtalen vår som ikke føltes riktig, eller noe vi gikk glipp av?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-sum (vurdert av partner) falt fra 36 i time 2 til 30 i time 3, et fall på 6 (varsel ved 5 eller mer).",
    "Du vurderte timen i dag litt lavere enn sist. Var det noe i samtalen vår som ikke føltes riktig, eller noe vi gikk glipp av?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-sum (vurdert av en annen person) falt fra 23,4 i time 5 til 17,5 i time 6, et fall på 5,9 (varsel ved 5 eller mer).",
    "Du vurderte timen i dag litt lavere enn sist. Var det noe i samtalen vår som ikke føltes riktig, eller noe vi gikk glipp av?"
   ],
   "no facts but the numbers": [
    "Allianse-sum falt fra 23,4 i time 5 til 17,5 i time 6, et fall på 5,9 (varsel ved 5 eller mer).",
    "Du vurderte timen i dag litt lavere enn sist. Var det noe i samtalen vår som ikke føltes riktig, eller noe vi gikk glipp av?"
   ]
  },
  "alliance-item-low": {
   "caretaker, ORS, two items, named client": [
    "I time 6 er ORS-punkter for klient c-2 (vurdert av omsorgsperson) under 5: goals 3,5; approach 4.",
    "Jeg la merke til at noen deler av timen i dag fikk lavere vurderinger. Kan du fortelle meg mer om dem, så jeg kan justere hvordan vi jobber?"
   ],
   "client, group alliance, one item, young child": [
    "I time 6 er ett GSRS-punkt under 5: overall 8,5.",
    "Jeg la merke til at én del av gruppen i dag fikk en lavere vurdering. Kan du fortelle meg litt mer om det, så jeg kan justere hvordan vi jobber?"
   ],
   "teacher, CORS, items as English text": [
    "I time 6 er CORS-punkter (vurdert av lærer) under 5: goals 3.5, approach 4.",
    "Jeg la merke til at noen deler av timen i dag fikk lavere vurderinger. Kan du fortelle meg mer om dem, så jeg kan justere hvordan vi jobber?"
   ],
   "partner, SRS, whole numbers": [
    "I time 3 er ett SRS-punkt (vurdert av partner) under 5: relationship 8.",
    "Jeg la merke til at én del av timen i dag fikk en lavere vurdering. Kan du fortelle meg litt mer om det, så jeg kan justere hvordan vi jobber?"
   ],
   "another rater, YCORS, not a young child": [
    "I time 6 er YCORS-punkter (vurdert av en annen person) under 5: .",
    "Jeg la merke til at noen deler av timen i dag fikk lavere vurderinger. Kan du fortelle meg mer om dem, så jeg kan justere hvordan vi jobber?"
   ],
   "no facts but the numbers": [
    "I time 6 er Allianse-punkter under 5: .",
    "Jeg la merke til at noen deler av timen i dag fikk lavere vurderinger. Kan du fortelle meg mer om dem, så jeg kan justere hvordan vi jobber?"
   ]
  },
  "no-outcome-yet": {
   "caretaker, ORS, two items, named client": [
    "Ingen resultatvurdering ennå.",
    "Før vi begynner: Vil du markere hvordan du har hatt det den siste uken? Det hjelper oss begge å se om det vi gjør, hjelper."
   ],
   "client, group alliance, one item, young child": [
    "Ingen resultatvurdering ennå.",
    "Før vi begynner: Vil du markere hvordan barnet ditt har hatt det den siste uken? Det hjelper oss begge å se om det vi gjør, hjelper."
   ],
   "teacher, CORS, items as English text": [
    "Ingen resultatvurdering ennå.",
    "Før vi begynner: Vil du markere hvordan du har hatt det den siste uken? Det hjelper oss begge å se om det vi gjør, hjelper."
   ],
   "partner, SRS, whole numbers": [
    "Ingen resultatvurdering ennå.",
    "Før vi begynner: Vil du markere hvordan du har hatt det den siste uken? Det hjelper oss begge å se om det vi gjør, hjelper."
   ],
   "another rater, YCORS, not a young child": [
    "Ingen resultatvurdering ennå.",
    "Før vi begynner: Vil du markere hvordan du har hatt det den siste uken? Det hjelper oss begge å se om det vi gjør, hjelper."
   ],
   "no facts but the numbers": [
    "Ingen resultatvurdering ennå.",
    "Før vi begynner: Vil du markere hvordan du har hatt det den siste uken? Det hjelper oss begge å se om det vi gjør, hjelper."
   ]
  }
 },
 "nl": {
  "deteriorated": {
   "caretaker, ORS, two items, named client": [
    "Het ORS-totaal van cliënt c-2 volgens de verzorger daalde van 24,2 bij de intake naar 17,5 in sessie 6, een betrouwbare verslechtering (5 punten of meer). Beoordeel het risico.",
    "Uw scores laten zien dat het moeilijker is geworden sinds we begonnen. Ik wil graag begrijpen wat u hebt gemerkt, en nagaan of iedereen veilig is geweest."
   ],
   "client, group alliance, one item, young child": [
    "Het GSRS-totaal daalde van 24,2 bij de intake naar 17,5 in sessie 6, een betrouwbare verslechtering (5 punten of meer). Beoordeel het risico.",
    "Het lijkt erop dat het moeilijker voor u is geworden sinds we begonnen. Ik wil graag begrijpen wat er speelt, en vragen hoe veilig u zich hebt gevoeld. Wat valt u zelf het meest op?"
   ],
   "teacher, CORS, items as English text": [
    "Het CORS-totaal volgens de leerkracht daalde van 24,2 bij de intake naar 17,5 in sessie 6, een betrouwbare verslechtering (5 punten of meer). Beoordeel het risico.",
    "Uw scores laten zien dat het moeilijker is geworden sinds we begonnen. Ik wil graag begrijpen wat u hebt gemerkt, en nagaan of iedereen veilig is geweest."
   ],
   "partner, SRS, whole numbers": [
    "Het SRS-totaal volgens de partner daalde van 35 bij de intake naar 30 in sessie 3, een betrouwbare verslechtering (5 punten of meer). Beoordeel het risico.",
    "Uw scores laten zien dat het moeilijker is geworden sinds we begonnen. Ik wil graag begrijpen wat u hebt gemerkt, en nagaan of iedereen veilig is geweest."
   ],
   "another rater, YCORS, not a young child": [
    "Het YCORS-totaal volgens een andere persoon daalde van 24,2 bij de intake naar 17,5 in sessie 6, een betrouwbare verslechtering (5 punten of meer). Beoordeel het risico.",
    "Uw scores laten zien dat het moeilijker is geworden sinds we begonnen. Ik wil graag begrijpen wat u hebt gemerkt, en nagaan of iedereen veilig is geweest."
   ],
   "no facts but the numbers": [
    "Het uitkomst-totaal daalde van 24,2 bij de intake naar 17,5 in sessie 6, een betrouwbare verslechtering (5 punten of meer). Beoordeel het risico.",
    "Het lijkt erop dat het moeilijker voor u is geworden sinds we begonnen. Ik wil graag begrijpen wat er speelt, en vragen hoe veilig u zich hebt gevoeld. Wat valt u zelf het meest op?"
   ]
  },
  "last-chance": {
   "caretaker, ORS, two items, named client": [
    "Het ORS-totaal van cliënt c-2 volgens de verzorger toont na 6 sessies geen betrouwbare verbetering (intake 24,2, nu 17,5): tijd voor een beslissend gesprek over het aanpassen van het plan of een verwijzing.",
    "We hebben elkaar nu een aantal keer gezien, en uw scores zijn minder veranderd dan we hoopten. Ik wil zeker weten dat u krijgt wat helpt: zullen we onze manier van werken veranderen, iets toevoegen, of nadenken over iemand anders die beter bij u past?"
   ],
   "client, group alliance, one item, young child": [
    "Het GSRS-totaal toont na 6 sessies geen betrouwbare verbetering (intake 24,2, nu 17,5): tijd voor een beslissend gesprek over het aanpassen van het plan of een verwijzing.",
    "We hebben elkaar nu een aantal keer gezien, en uw scores zijn minder veranderd dan we hoopten. Ik wil zeker weten dat u krijgt wat helpt: zullen we onze manier van werken veranderen, iets toevoegen, of nadenken over iemand anders die beter bij u past?"
   ],
   "teacher, CORS, items as English text": [
    "Het CORS-totaal volgens de leerkracht toont na 6 sessies geen betrouwbare verbetering (intake 24,2, nu 17,5): tijd voor een beslissend gesprek over het aanpassen van het plan of een verwijzing.",
    "We hebben elkaar nu een aantal keer gezien, en uw scores zijn minder veranderd dan we hoopten. Ik wil zeker weten dat u krijgt wat helpt: zullen we onze manier van werken veranderen, iets toevoegen, of nadenken over iemand anders die beter bij u past?"
   ],
   "partner, SRS, whole numbers": [
    "Het SRS-totaal volgens de partner toont na 3 sessies geen betrouwbare verbetering (intake 35, nu 30): tijd voor een beslissend gesprek over het aanpassen van het plan of een verwijzing.",
    "We hebben elkaar nu een aantal keer gezien, en uw scores zijn minder veranderd dan we hoopten. Ik wil zeker weten dat u krijgt wat helpt: zullen we onze manier van werken veranderen, iets toevoegen, of nadenken over iemand anders die beter bij u past?"
   ],
   "another rater, YCORS, not a young child": [
    "Het YCORS-totaal volgens een andere persoon toont na 6 sessies geen betrouwbare verbetering (intake 24,2, nu 17,5): tijd voor een beslissend gesprek over het aanpassen van het plan of een verwijzing.",
    "We hebben elkaar nu een aantal keer gezien, en uw scores zijn minder veranderd dan we hoopten. Ik wil zeker weten dat u krijgt wat helpt: zullen we onze manier van werken veranderen, iets toevoegen, of nadenken over iemand anders die beter bij u past?"
   ],
   "no facts but the numbers": [
    "Het uitkomst-totaal toont na 6 sessies geen betrouwbare verbetering (intake 24,2, nu 17,5): tijd voor een beslissend gesprek over het aanpassen van het plan of een verwijzing.",
    "We hebben elkaar nu een aantal keer gezien, en uw scores zijn minder veranderd dan we hoopten. Ik wil zeker weten dat u krijgt wat helpt: zullen we onze manier van werken veranderen, iets toevoegen, of nadenken over iemand anders die beter bij u past?"
   ]
  },
  "reliable-drop": {
   "caretaker, ORS, two items, named client": [
    "Het ORS-totaal van cliënt c-2 volgens de verzorger daalde van 23,4 in sessie 5 naar 17,5 in sessie 6, een daling van 5,9: betrouwbaar (5 punten of meer).",
    "Uw score is een flink stuk lager dan de vorige keer. Wat is er gebeurd sinds we elkaar voor het laatst zagen?"
   ],
   "client, group alliance, one item, young child": [
    "Het GSRS-totaal daalde van 23,4 in sessie 5 naar 17,5 in sessie 6, een daling van 5,9: betrouwbaar (5 punten of meer).",
    "Uw score is een flink stuk lager dan de vorige keer. Wat is er gebeurd sinds we elkaar voor het laatst zagen?"
   ],
   "teacher, CORS, items as English text": [
    "Het CORS-totaal volgens de leerkracht daalde van 23,4 in sessie 5 naar 17,5 in sessie 6, een daling van 5,9: betrouwbaar (5 punten of meer).",
    "Uw score is een flink stuk lager dan de vorige keer. Wat is er gebeurd sinds we elkaar voor het laatst zagen?"
   ],
   "partner, SRS, whole numbers": [
    "Het SRS-totaal volgens de partner daalde van 36 in sessie 2 naar 30 in sessie 3, een daling van 6: betrouwbaar (5 punten of meer).",
    "Uw score is een flink stuk lager dan de vorige keer. Wat is er gebeurd sinds we elkaar voor het laatst zagen?"
   ],
   "another rater, YCORS, not a young child": [
    "Het YCORS-totaal volgens een andere persoon daalde van 23,4 in sessie 5 naar 17,5 in sessie 6, een daling van 5,9: betrouwbaar (5 punten of meer).",
    "Uw score is een flink stuk lager dan de vorige keer. Wat is er gebeurd sinds we elkaar voor het laatst zagen?"
   ],
   "no facts but the numbers": [
    "Het uitkomst-totaal daalde van 23,4 in sessie 5 naar 17,5 in sessie 6, een daling van 5,9: betrouwbaar (5 punten of meer).",
    "Uw score is een flink stuk lager dan de vorige keer. Wat is er gebeurd sinds we elkaar voor het laatst zagen?"
   ]
  },
  "not-on-track": {
   "caretaker, ORS, two items, named client": [
    "Het ORS-totaal van cliënt c-2 volgens de verzorger van 17,5 in sessie 6 ligt onder het verwachte bereik (ondergrens 5) bij een intakescore van 24,2.",
    "Als ik naar uw scores tot nu toe kijk, is er minder veranderd dan we hoopten. Wat vindt u daarvan, en is er iets wat we anders zouden kunnen proberen?"
   ],
   "client, group alliance, one item, young child": [
    "Het GSRS-totaal van 17,5 in sessie 6 ligt onder het verwachte bereik (ondergrens 5) bij een intakescore van 24,2.",
    "Als ik naar uw scores tot nu toe kijk, is er minder veranderd dan we hoopten. Wat vindt u daarvan, en is er iets wat we anders zouden kunnen proberen?"
   ],
   "teacher, CORS, items as English text": [
    "Het CORS-totaal volgens de leerkracht van 17,5 in sessie 6 ligt onder het verwachte bereik (ondergrens 5) bij een intakescore van 24,2.",
    "Als ik naar uw scores tot nu toe kijk, is er minder veranderd dan we hoopten. Wat vindt u daarvan, en is er iets wat we anders zouden kunnen proberen?"
   ],
   "partner, SRS, whole numbers": [
    "Het SRS-totaal volgens de partner van 30 in sessie 3 ligt onder het verwachte bereik (ondergrens 5) bij een intakescore van 35.",
    "Als ik naar uw scores tot nu toe kijk, is er minder veranderd dan we hoopten. Wat vindt u daarvan, en is er iets wat we anders zouden kunnen proberen?"
   ],
   "another rater, YCORS, not a young child": [
    "Het YCORS-totaal volgens een andere persoon van 17,5 in sessie 6 ligt onder het verwachte bereik (ondergrens 5) bij een intakescore van 24,2.",
    "Als ik naar uw scores tot nu toe kijk, is er minder veranderd dan we hoopten. Wat vindt u daarvan, en is er iets wat we anders zouden kunnen proberen?"
   ],
   "no facts but the numbers": [
    "Het uitkomst-totaal van 17,5 in sessie 6 ligt onder het verwachte bereik (ondergrens 5) bij een intakescore van 24,2.",
    "Als ik naar uw scores tot nu toe kijk, is er minder veranderd dan we hoopten. Wat vindt u daarvan, en is er iets wat we anders zouden kunnen proberen?"
   ]
  },
  "checkpoint": {
   "caretaker, ORS, two items, named client": [
    "Het ORS-totaal van cliënt c-2 volgens de verzorger toont na 6 sessies geen betrouwbare verandering (intake 24,2, nu 17,5): tijd voor een tussentijds evaluatiegesprek.",
    "Uw scores zijn sinds het begin weinig veranderd. Wat vindt u daarvan? Is er iets in onze manier van werken waar we samen naar zouden moeten kijken?"
   ],
   "client, group alliance, one item, young child": [
    "Het GSRS-totaal toont na 6 sessies geen betrouwbare verandering (intake 24,2, nu 17,5): tijd voor een tussentijds evaluatiegesprek.",
    "Uw scores zijn sinds het begin weinig veranderd. Wat vindt u daarvan? Is er iets in onze manier van werken waar we samen naar zouden moeten kijken?"
   ],
   "teacher, CORS, items as English text": [
    "Het CORS-totaal volgens de leerkracht toont na 6 sessies geen betrouwbare verandering (intake 24,2, nu 17,5): tijd voor een tussentijds evaluatiegesprek.",
    "Uw scores zijn sinds het begin weinig veranderd. Wat vindt u daarvan? Is er iets in onze manier van werken waar we samen naar zouden moeten kijken?"
   ],
   "partner, SRS, whole numbers": [
    "Het SRS-totaal volgens de partner toont na 3 sessies geen betrouwbare verandering (intake 35, nu 30): tijd voor een tussentijds evaluatiegesprek.",
    "Uw scores zijn sinds het begin weinig veranderd. Wat vindt u daarvan? Is er iets in onze manier van werken waar we samen naar zouden moeten kijken?"
   ],
   "another rater, YCORS, not a young child": [
    "Het YCORS-totaal volgens een andere persoon toont na 6 sessies geen betrouwbare verandering (intake 24,2, nu 17,5): tijd voor een tussentijds evaluatiegesprek.",
    "Uw scores zijn sinds het begin weinig veranderd. Wat vindt u daarvan? Is er iets in onze manier van werken waar we samen naar zouden moeten kijken?"
   ],
   "no facts but the numbers": [
    "Het uitkomst-totaal toont na 6 sessies geen betrouwbare verandering (intake 24,2, nu 17,5): tijd voor een tussentijds evaluatiegesprek.",
    "Uw scores zijn sinds het begin weinig veranderd. Wat vindt u daarvan? Is er iets in onze manier van werken waar we samen naar zouden moeten kijken?"
   ]
  },
  "alliance-low": {
   "caretaker, ORS, two items, named client": [
    "Het ORS-totaal van cliënt c-2 volgens de verzorger van 17,5 in sessie 6 ligt onder 5.",
    "Dank u voor uw eerlijkheid over vandaag. Wat zou ik anders kunnen doen, zodat onze tijd samen meer voor u betekent?"
   ],
   "client, group alliance, one item, young child": [
    "Het GSRS-totaal van 17,5 in sessie 6 ligt onder 5.",
    "Dank u voor uw eerlijkheid over vandaag. Wat zouden we anders kunnen doen, zodat de groep meer voor u betekent?"
   ],
   "teacher, CORS, items as English text": [
    "Het CORS-totaal volgens de leerkracht van 17,5 in sessie 6 ligt onder 5.",
    "Dank u voor uw eerlijkheid over vandaag. Wat zou ik anders kunnen doen, zodat onze tijd samen meer voor u betekent?"
   ],
   "partner, SRS, whole numbers": [
    "Het SRS-totaal volgens de partner van 30 in sessie 3 ligt onder 5.",
    "Dank u voor uw eerlijkheid over vandaag. Wat zou ik anders kunnen doen, zodat onze tijd samen meer voor u betekent?"
   ],
   "another rater, YCORS, not a young child": [
    "Het YCORS-totaal volgens een andere persoon van 17,5 in sessie 6 ligt onder 5.",
    "Dank u voor uw eerlijkheid over vandaag. Wat zou ik anders kunnen doen, zodat onze tijd samen meer voor u betekent?"
   ],
   "no facts but the numbers": [
    "Het alliantie-totaal van 17,5 in sessie 6 ligt onder 5.",
    "Dank u voor uw eerlijkheid over vandaag. Wat zou ik anders kunnen doen, zodat onze tijd samen meer voor u betekent?"
   ]
  },
  "alliance-drop": {
   "caretaker, ORS, two items, named client": [
    "Het ORS-totaal van cliënt c-2 volgens de verzorger daalde van 23,4 in sessie 5 naar 17,5 in sessie 6, een daling van 5,9 (signaal vanaf 5).",
    "U gaf de sessie van vandaag een iets lagere score dan de vorige keer. Was er iets in ons gesprek dat niet goed voelde, of iets wat we gemist hebben?"
   ],
   "client, group alliance, one item, young child": [
    "Het GSRS-totaal daalde van 23,4 in sessie 5 naar 17,5 in sessie 6, een daling van 5,9 (signaal vanaf 5).",
    "U gaf de groep van vandaag een iets lagere score dan de vorige keer. Was er iets in de groep dat niet goed voelde, of iets wat we gemist hebben?"
   ],
   "teacher, CORS, items as English text": [
    "Het CORS-totaal volgens de leerkracht daalde van 23,4 in sessie 5 naar 17,5 in sessie 6, een daling van 5,9 (signaal vanaf 5).",
    "U gaf de sessie van vandaag een iets lagere score dan de vorige keer. Was er iets in ons gesprek dat niet goed voelde, of iets wat we gemist hebben?"
   ],
   "partner, SRS, whole numbers": [
    "Het SRS-totaal volgens de partner daalde van 36 in sessie 2 naar 30 in sessie 3, een daling van 6 (signaal vanaf 5).",
    "U gaf de sessie van vandaag een iets lagere score dan de vorige keer. Was er iets in ons gesprek dat niet goed voelde, of iets wat we gemist hebben?"
   ],
   "another rater, YCORS, not a young child": [
    "Het YCORS-totaal volgens een andere persoon daalde van 23,4 in sessie 5 naar 17,5 in sessie 6, een daling van 5,9 (signaal vanaf 5).",
    "U gaf de sessie van vandaag een iets lagere score dan de vorige keer. Was er iets in ons gesprek dat niet goed voelde, of iets wat we gemist hebben?"
   ],
   "no facts but the numbers": [
    "Het alliantie-totaal daalde van 23,4 in sessie 5 naar 17,5 in sessie 6, een daling van 5,9 (signaal vanaf 5).",
    "U gaf de sessie van vandaag een iets lagere score dan de vorige keer. Was er iets in ons gesprek dat niet goed voelde, of iets wat we gemist hebben?"
   ]
  },
  "alliance-item-low": {
   "caretaker, ORS, two items, named client": [
    "In sessie 6 liggen ORS-items van cliënt c-2 volgens de verzorger onder 5: goals 3,5; approach 4.",
    "Het viel me op dat sommige onderdelen van de sessie van vandaag lagere scores kregen. Kunt u daar meer over vertellen, zodat ik mijn manier van werken kan aanpassen?"
   ],
   "client, group alliance, one item, young child": [
    "In sessie 6 ligt één GSRS-item onder 5: overall 8,5.",
    "Het viel me op dat één onderdeel van de groep van vandaag een lagere score kreeg. Kunt u daar iets meer over vertellen, zodat ik mijn manier van werken kan aanpassen?"
   ],
   "teacher, CORS, items as English text": [
    "In sessie 6 liggen CORS-items volgens de leerkracht onder 5: goals 3.5, approach 4.",
    "Het viel me op dat sommige onderdelen van de sessie van vandaag lagere scores kregen. Kunt u daar meer over vertellen, zodat ik mijn manier van werken kan aanpassen?"
   ],
   "partner, SRS, whole numbers": [
    "In sessie 3 ligt één SRS-item volgens de partner onder 5: relationship 8.",
    "Het viel me op dat één onderdeel van de sessie van vandaag een lagere score kreeg. Kunt u daar iets meer over vertellen, zodat ik mijn manier van werken kan aanpassen?"
   ],
   "another rater, YCORS, not a young child": [
    "In sessie 6 liggen YCORS-items volgens een andere persoon onder 5: .",
    "Het viel me op dat sommige onderdelen van de sessie van vandaag lagere scores kregen. Kunt u daar meer over vertellen, zodat ik mijn manier van werken kan aanpassen?"
   ],
   "no facts but the numbers": [
    "In sessie 6 liggen alliantie-items onder 5: .",
    "Het viel me op dat sommige onderdelen van de sessie van vandaag lagere scores kregen. Kunt u daar meer over vertellen, zodat ik mijn manier van werken kan aanpassen?"
   ]
  },
  "no-outcome-yet": {
   "caretaker, ORS, two items, named client": [
    "Nog geen uitkomstscore.",
    "Voordat we beginnen: wilt u aangeven hoe het de afgelopen week met u ging? Zo zien we samen of wat we doen helpt."
   ],
   "client, group alliance, one item, young child": [
    "Nog geen uitkomstscore.",
    "Voordat we beginnen: wilt u aangeven hoe het de afgelopen week met uw kind ging? Zo zien we samen of wat we doen helpt."
   ],
   "teacher, CORS, items as English text": [
    "Nog geen uitkomstscore.",
    "Voordat we beginnen: wilt u aangeven hoe het de afgelopen week met u ging? Zo zien we samen of wat we doen helpt."
   ],
   "partner, SRS, whole numbers": [
    "Nog geen uitkomstscore.",
    "Voordat we beginnen: wilt u aangeven hoe het de afgelopen week met u ging? Zo zien we samen of wat we doen helpt."
   ],
   "another rater, YCORS, not a young child": [
    "Nog geen uitkomstscore.",
    "Voordat we beginnen: wilt u aangeven hoe het de afgelopen week met u ging? Zo zien we samen of wat we doen helpt."
   ],
   "no facts but the numbers": [
    "Nog geen uitkomstscore.",
    "Voordat we beginnen: wilt u aangeven hoe het de afgelopen week met u ging? Zo zien we samen of wat we doen helpt."
   ]
  }
 },
 "pt": {
  "deteriorated": {
   "caretaker, ORS, two items, named client": [
    "O total ORS do cliente c-2 segundo o cuidador desceu de 24,2 no início para 17,5 na sessão 6, uma deterioração fiável (5 pontos ou mais). Avalie o risco.",
    "As suas avaliações mostram que as coisas ficaram mais difíceis desde que começámos. Gostaria de perceber o que notou e de confirmar que todos têm estado em segurança."
   ],
   "client, group alliance, one item, young child": [
    "O total GSRS desceu de 24,2 no início para 17,5 na sessão 6, uma deterioração fiável (5 pontos ou mais). Avalie o risco.",
    "Parece que as coisas ficaram mais difíceis para si desde que começámos. Gostaria de perceber o que se tem passado e de saber até que ponto se tem sentido em segurança. O que é que mais lhe salta à vista?"
   ],
   "teacher, CORS, items as English text": [
    "O total CORS segundo o professor desceu de 24,2 no início para 17,5 na sessão 6, uma deterioração fiável (5 pontos ou mais). Avalie o risco.",
    "As suas avaliações mostram que as coisas ficaram mais difíceis desde que começámos. Gostaria de perceber o que notou e de confirmar que todos têm estado em segurança."
   ],
   "partner, SRS, whole numbers": [
    "O total SRS segundo o parceiro ou parceira desceu de 35 no início para 30 na sessão 3, uma deterioração fiável (5 pontos ou mais). Avalie o risco.",
    "As suas avaliações mostram que as coisas ficaram mais difíceis desde que começámos. Gostaria de perceber o que notou e de confirmar que todos têm estado em segurança."
   ],
   "another rater, YCORS, not a young child": [
    "O total YCORS segundo outra pessoa desceu de 24,2 no início para 17,5 na sessão 6, uma deterioração fiável (5 pontos ou mais). Avalie o risco.",
    "As suas avaliações mostram que as coisas ficaram mais difíceis desde que começámos. Gostaria de perceber o que notou e de confirmar que todos têm estado em segurança."
   ],
   "no facts but the numbers": [
    "O total de resultado desceu de 24,2 no início para 17,5 na sessão 6, uma deterioração fiável (5 pontos ou mais). Avalie o risco.",
    "Parece que as coisas ficaram mais difíceis para si desde que começámos. Gostaria de perceber o que se tem passado e de saber até que ponto se tem sentido em segurança. O que é que mais lhe salta à vista?"
   ]
  },
  "last-chance": {
   "caretaker, ORS, two items, named client": [
    "O total ORS do cliente c-2 segundo o cuidador não mostra melhoria fiável após 6 sessões (início 24,2, agora 17,5): é altura de uma conversa decisiva sobre mudar o plano ou encaminhar.",
    "Já nos encontrámos várias vezes e as suas avaliações não mudaram tanto quanto esperávamos. Quero garantir que recebe aquilo que ajuda: devemos mudar a forma como trabalhamos, acrescentar alguma coisa, ou pensar noutra pessoa que possa ser mais adequada para si?"
   ],
   "client, group alliance, one item, young child": [
    "O total GSRS não mostra melhoria fiável após 6 sessões (início 24,2, agora 17,5): é altura de uma conversa decisiva sobre mudar o plano ou encaminhar.",
    "Já nos encontrámos várias vezes e as suas avaliações não mudaram tanto quanto esperávamos. Quero garantir que recebe aquilo que ajuda: devemos mudar a forma como trabalhamos, acrescentar alguma coisa, ou pensar noutra pessoa que possa ser mais adequada para si?"
   ],
   "teacher, CORS, items as English text": [
    "O total CORS segundo o professor não mostra melhoria fiável após 6 sessões (início 24,2, agora 17,5): é altura de uma conversa decisiva sobre mudar o plano ou encaminhar.",
    "Já nos encontrámos várias vezes e as suas avaliações não mudaram tanto quanto esperávamos. Quero garantir que recebe aquilo que ajuda: devemos mudar a forma como trabalhamos, acrescentar alguma coisa, ou pensar noutra pessoa que possa ser mais adequada para si?"
   ],
   "partner, SRS, whole numbers": [
    "O total SRS segundo o parceiro ou parceira não mostra melhoria fiável após 3 sessões (início 35, agora 30): é altura de uma conversa decisiva sobre mudar o plano ou encaminhar.",
    "Já nos encontrámos várias vezes e as suas avaliações não mudaram tanto quanto esperávamos. Quero garantir que recebe aquilo que ajuda: devemos mudar a forma como trabalhamos, acrescentar alguma coisa, ou pensar noutra pessoa que possa ser mais adequada para si?"
   ],
   "another rater, YCORS, not a young child": [
    "O total YCORS segundo outra pessoa não mostra melhoria fiável após 6 sessões (início 24,2, agora 17,5): é altura de uma conversa decisiva sobre mudar o plano ou encaminhar.",
    "Já nos encontrámos várias vezes e as suas avaliações não mudaram tanto quanto esperávamos. Quero garantir que recebe aquilo que ajuda: devemos mudar a forma como trabalhamos, acrescentar alguma coisa, ou pensar noutra pessoa que possa ser mais adequada para si?"
   ],
   "no facts but the numbers": [
    "O total de resultado não mostra melhoria fiável após 6 sessões (início 24,2, agora 17,5): é altura de uma conversa decisiva sobre mudar o plano ou encaminhar.",
    "Já nos encontrámos várias vezes e as suas avaliações não mudaram tanto quanto esperávamos. Quero garantir que recebe aquilo que ajuda: devemos mudar a forma como trabalhamos, acrescentar alguma coisa, ou pensar noutra pessoa que possa ser mais adequada para si?"
   ]
  },
  "reliable-drop": {
   "caretaker, ORS, two items, named client": [
    "O total ORS do cliente c-2 segundo o cuidador desceu de 23,4 na sessão 5 para 17,5 na sessão 6, uma descida de 5,9: fiável (5 pontos ou mais).",
    "A sua avaliação está bastante mais baixa do que da última vez. O que aconteceu desde o nosso último encontro?"
   ],
   "client, group alliance, one item, young child": [
    "O total GSRS desceu de 23,4 na sessão 5 para 17,5 na sessão 6, uma descida de 5,9: fiável (5 pontos ou mais).",
    "A sua avaliação está bastante mais baixa do que da última vez. O que aconteceu desde o nosso último encontro?"
   ],
   "teacher, CORS, items as English text": [
    "O total CORS segundo o professor desceu de 23,4 na sessão 5 para 17,5 na sessão 6, uma descida de 5,9: fiável (5 pontos ou mais).",
    "A sua avaliação está bastante mais baixa do que da última vez. O que aconteceu desde o nosso último encontro?"
   ],
   "partner, SRS, whole numbers": [
    "O total SRS segundo o parceiro ou parceira desceu de 36 na sessão 2 para 30 na sessão 3, uma descida de 6: fiável (5 pontos ou mais).",
    "A sua avaliação está bastante mais baixa do que da última vez. O que aconteceu desde o nosso último encontro?"
   ],
   "another rater, YCORS, not a young child": [
    "O total YCORS segundo outra pessoa desceu de 23,4 na sessão 5 para 17,5 na sessão 6, uma descida de 5,9: fiável (5 pontos ou mais).",
    "A sua avaliação está bastante mais baixa do que da última vez. O que aconteceu desde o nosso último encontro?"
   ],
   "no facts but the numbers": [
    "O total de resultado desceu de 23,4 na sessão 5 para 17,5 na sessão 6, uma descida de 5,9: fiável (5 pontos ou mais).",
    "A sua avaliação está bastante mais baixa do que da última vez. O que aconteceu desde o nosso último encontro?"
   ]
  },
  "not-on-track": {
   "caretaker, ORS, two items, named client": [
    "O total ORS do cliente c-2 segundo o cuidador de 17,5 na sessão 6 está abaixo do intervalo esperado (limite inferior 5) para um valor inicial de 24,2.",
    "Olhando para as suas avaliações até agora, as coisas não mudaram tanto quanto esperávamos. O que pensa sobre isso, e há alguma coisa que possamos tentar de outra forma?"
   ],
   "client, group alliance, one item, young child": [
    "O total GSRS de 17,5 na sessão 6 está abaixo do intervalo esperado (limite inferior 5) para um valor inicial de 24,2.",
    "Olhando para as suas avaliações até agora, as coisas não mudaram tanto quanto esperávamos. O que pensa sobre isso, e há alguma coisa que possamos tentar de outra forma?"
   ],
   "teacher, CORS, items as English text": [
    "O total CORS segundo o professor de 17,5 na sessão 6 está abaixo do intervalo esperado (limite inferior 5) para um valor inicial de 24,2.",
    "Olhando para as suas avaliações até agora, as coisas não mudaram tanto quanto esperávamos. O que pensa sobre isso, e há alguma coisa que possamos tentar de outra forma?"
   ],
   "partner, SRS, whole numbers": [
    "O total SRS segundo o parceiro ou parceira de 30 na sessão 3 está abaixo do intervalo esperado (limite inferior 5) para um valor inicial de 35.",
    "Olhando para as suas avaliações até agora, as coisas não mudaram tanto quanto esperávamos. O que pensa sobre isso, e há alguma coisa que possamos tentar de outra forma?"
   ],
   "another rater, YCORS, not a young child": [
    "O total YCORS segundo outra pessoa de 17,5 na sessão 6 está abaixo do intervalo esperado (limite inferior 5) para um valor inicial de 24,2.",
    "Olhando para as suas avaliações até agora, as coisas não mudaram tanto quanto esperávamos. O que pensa sobre isso, e há alguma coisa que possamos tentar de outra forma?"
   ],
   "no facts but the numbers": [
    "O total de resultado de 17,5 na sessão 6 está abaixo do intervalo esperado (limite inferior 5) para um valor inicial de 24,2.",
    "Olhando para as suas avaliações até agora, as coisas não mudaram tanto quanto esperávamos. O que pensa sobre isso, e há alguma coisa que possamos tentar de outra forma?"
   ]
  },
  "checkpoint": {
   "caretaker, ORS, two items, named client": [
    "O total ORS do cliente c-2 segundo o cuidador não mostra mudança fiável após 6 sessões (início 24,2, agora 17,5): é altura de fazer um ponto de situação em conjunto.",
    "As suas avaliações mudaram pouco desde que começámos. O que pensa sobre isso? Há alguma coisa na forma como trabalhamos que devamos ver em conjunto?"
   ],
   "client, group alliance, one item, young child": [
    "O total GSRS não mostra mudança fiável após 6 sessões (início 24,2, agora 17,5): é altura de fazer um ponto de situação em conjunto.",
    "As suas avaliações mudaram pouco desde que começámos. O que pensa sobre isso? Há alguma coisa na forma como trabalhamos que devamos ver em conjunto?"
   ],
   "teacher, CORS, items as English text": [
    "O total CORS segundo o professor não mostra mudança fiável após 6 sessões (início 24,2, agora 17,5): é altura de fazer um ponto de situação em conjunto.",
    "As suas avaliações mudaram pouco desde que começámos. O que pensa sobre isso? Há alguma coisa na forma como trabalhamos que devamos ver em conjunto?"
   ],
   "partner, SRS, whole numbers": [
    "O total SRS segundo o parceiro ou parceira não mostra mudança fiável após 3 sessões (início 35, agora 30): é altura de fazer um ponto de situação em conjunto.",
    "As suas avaliações mudaram pouco desde que começámos. O que pensa sobre isso? Há alguma coisa na forma como trabalhamos que devamos ver em conjunto?"
   ],
   "another rater, YCORS, not a young child": [
    "O total YCORS segundo outra pessoa não mostra mudança fiável após 6 sessões (início 24,2, agora 17,5): é altura de fazer um ponto de situação em conjunto.",
    "As suas avaliações mudaram pouco desde que começámos. O que pensa sobre isso? Há alguma coisa na forma como trabalhamos que devamos ver em conjunto?"
   ],
   "no facts but the numbers": [
    "O total de resultado não mostra mudança fiável após 6 sessões (início 24,2, agora 17,5): é altura de fazer um ponto de situação em conjunto.",
    "As suas avaliações mudaram pouco desde que começámos. O que pensa sobre isso? Há alguma coisa na forma como trabalhamos que devamos ver em conjunto?"
   ]
  },
  "alliance-low": {
   "caretaker, ORS, two items, named client": [
    "O total ORS do cliente c-2 segundo o cuidador de 17,5 na sessão 6 está abaixo de 5.",
    "Obrigado pela sua franqueza sobre a sessão de hoje. O que poderia eu fazer de forma diferente para que o nosso tempo juntos lhe seja mais útil?"
   ],
   "client, group alliance, one item, young child": [
    "O total GSRS de 17,5 na sessão 6 está abaixo de 5.",
    "Obrigado pela sua franqueza sobre a sessão de hoje. O que poderíamos fazer de forma diferente para que o grupo lhe seja mais útil?"
   ],
   "teacher, CORS, items as English text": [
    "O total CORS segundo o professor de 17,5 na sessão 6 está abaixo de 5.",
    "Obrigado pela sua franqueza sobre a sessão de hoje. O que poderia eu fazer de forma diferente para que o nosso tempo juntos lhe seja mais útil?"
   ],
   "partner, SRS, whole numbers": [
    "O total SRS segundo o parceiro ou parceira de 30 na sessão 3 está abaixo de 5.",
    "Obrigado pela sua franqueza sobre a sessão de hoje. O que poderia eu fazer de forma diferente para que o nosso tempo juntos lhe seja mais útil?"
   ],
   "another rater, YCORS, not a young child": [
    "O total YCORS segundo outra pessoa de 17,5 na sessão 6 está abaixo de 5.",
    "Obrigado pela sua franqueza sobre a sessão de hoje. O que poderia eu fazer de forma diferente para que o nosso tempo juntos lhe seja mais útil?"
   ],
   "no facts but the numbers": [
    "O total de aliança de 17,5 na sessão 6 está abaixo de 5.",
    "Obrigado pela sua franqueza sobre a sessão de hoje. O que poderia eu fazer de forma diferente para que o nosso tempo juntos lhe seja mais útil?"
   ]
  },
  "alliance-drop": {
   "caretaker, ORS, two items, named client": [
    "O total ORS do cliente c-2 segundo o cuidador desceu de 23,4 na sessão 5 para 17,5 na sessão 6, uma descida de 5,9 (alerta a partir de 5).",
    "Avaliou a sessão de hoje um pouco mais abaixo do que da última vez. Houve alguma coisa na nossa conversa que não lhe pareceu bem, ou algo que nos escapou?"
   ],
   "client, group alliance, one item, young child": [
    "O total GSRS desceu de 23,4 na sessão 5 para 17,5 na sessão 6, uma descida de 5,9 (alerta a partir de 5).",
    "Avaliou o grupo de hoje um pouco mais abaixo do que da última vez. Houve alguma coisa no grupo que não lhe pareceu bem, ou algo que nos escapou?"
   ],
   "teacher, CORS, items as English text": [
    "O total CORS segundo o professor desceu de 23,4 na sessão 5 para 17,5 na sessão 6, uma descida de 5,9 (alerta a partir de 5).",
    "Avaliou a sessão de hoje um pouco mais abaixo do que da última vez. Houve alguma coisa na nossa conversa que não lhe pareceu bem, ou algo que nos escapou?"
   ],
   "partner, SRS, whole numbers": [
    "O total SRS segundo o parceiro ou parceira desceu de 36 na sessão 2 para 30 na sessão 3, uma descida de 6 (alerta a partir de 5).",
    "Avaliou a sessão de hoje um pouco mais abaixo do que da última vez. Houve alguma coisa na nossa conversa que não lhe pareceu bem, ou algo que nos escapou?"
   ],
   "another rater, YCORS, not a young child": [
    "O total YCORS segundo outra pessoa desceu de 23,4 na sessão 5 para 17,5 na sessão 6, uma descida de 5,9 (alerta a partir de 5).",
    "Avaliou a sessão de hoje um pouco mais abaixo do que da última vez. Houve alguma coisa na nossa conversa que não lhe pareceu bem, ou algo que nos escapou?"
   ],
   "no facts but the numbers": [
    "O total de aliança desceu de 23,4 na sessão 5 para 17,5 na sessão 6, uma descida de 5,9 (alerta a partir de 5).",
    "Avaliou a sessão de hoje um pouco mais abaixo do que da última vez. Houve alguma coisa na nossa conversa que não lhe pareceu bem, ou algo que nos escapou?"
   ]
  },
  "alliance-item-low": {
   "caretaker, ORS, two items, named client": [
    "Na sessão 6, vários itens do ORS do cliente c-2 segundo o cuidador estão abaixo de 5: goals 3,5; approach 4.",
    "Reparei que alguns aspetos da sessão de hoje tiveram avaliações mais baixas. Pode contar-me mais sobre eles, para que eu possa ajustar a forma como trabalhamos?"
   ],
   "client, group alliance, one item, young child": [
    "Na sessão 6, um item do GSRS está abaixo de 5: overall 8,5.",
    "Reparei que um aspeto do grupo de hoje teve uma avaliação mais baixa. Pode contar-me um pouco mais, para que eu possa ajustar a forma como trabalhamos?"
   ],
   "teacher, CORS, items as English text": [
    "Na sessão 6, vários itens do CORS segundo o professor estão abaixo de 5: goals 3.5, approach 4.",
    "Reparei que alguns aspetos da sessão de hoje tiveram avaliações mais baixas. Pode contar-me mais sobre eles, para que eu possa ajustar a forma como trabalhamos?"
   ],
   "partner, SRS, whole numbers": [
    "Na sessão 3, um item do SRS segundo o parceiro ou parceira está abaixo de 5: relationship 8.",
    "Reparei que um aspeto da sessão de hoje teve uma avaliação mais baixa. Pode contar-me um pouco mais, para que eu possa ajustar a forma como trabalhamos?"
   ],
   "another rater, YCORS, not a young child": [
    "Na sessão 6, vários itens do YCORS segundo outra pessoa estão abaixo de 5: .",
    "Reparei que alguns aspetos da sessão de hoje tiveram avaliações mais baixas. Pode contar-me mais sobre eles, para que eu possa ajustar a forma como trabalhamos?"
   ],
   "no facts but the numbers": [
    "Na sessão 6, vários itens do de aliança estão abaixo de 5: .",
    "Reparei que alguns aspetos da sessão de hoje tiveram avaliações mais baixas. Pode contar-me mais sobre eles, para que eu possa ajustar a forma como trabalhamos?"
   ]
  },
  "no-outcome-yet": {
   "caretaker, ORS, two items, named client": [
    "Ainda não há avaliação de resultado.",
    "Antes de começarmos, pode marcar como têm corrido as coisas para si na última semana? Ajuda-nos aos dois a ver se o que fazemos está a ajudar."
   ],
   "client, group alliance, one item, young child": [
    "Ainda não há avaliação de resultado.",
    "Antes de começarmos, pode marcar como têm corrido as coisas para o seu filho ou filha na última semana? Ajuda-nos aos dois a ver se o que fazemos está a ajudar."
   ],
   "teacher, CORS, items as English text": [
    "Ainda não há avaliação de resultado.",
    "Antes de começarmos, pode marcar como têm corrido as coisas para si na última semana? Ajuda-nos aos dois a ver se o que fazemos está a ajudar."
   ],
   "partner, SRS, whole numbers": [
    "Ainda não há avaliação de resultado.",
    "Antes de começarmos, pode marcar como têm corrido as coisas para si na última semana? Ajuda-nos aos dois a ver se o que fazemos está a ajudar."
   ],
   "another rater, YCORS, not a young child": [
    "Ainda não há avaliação de resultado.",
    "Antes de começarmos, pode marcar como têm corrido as coisas para si na última semana? Ajuda-nos aos dois a ver se o que fazemos está a ajudar."
   ],
   "no facts but the numbers": [
    "Ainda não há avaliação de resultado.",
    "Antes de começarmos, pode marcar como têm corrido as coisas para si na última semana? Ajuda-nos aos dois a ver se o que fazemos está a ajudar."
   ]
  }
 },
 "sv": {
  "deteriorated": {
   "caretaker, ORS, two items, named client": [
    "ORS-summa för klient c-2 (skattad av vårdnadshavare) sjönk från 24,2 vid start till 17,5 vid session 6, en tillförlitlig försämring (5 poäng eller mer). Bedöm risken.",
    "Dina skattningar visar att det har blivit svårare sedan vi började. Jag vill gärna förstå vad du har märkt, och försäkra mig om att alla har varit trygga."
   ],
   "client, group alliance, one item, young child": [
    "GSRS-summa sjönk från 24,2 vid start till 17,5 vid session 6, en tillförlitlig försämring (5 poäng eller mer). Bedöm risken.",
    "Det ser ut som att det har blivit svårare för dig sedan vi började. Jag vill gärna förstå vad som har hänt, och höra hur trygg du har känt dig. Vad är det som sticker ut för dig?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-summa (skattad av lärare) sjönk från 24,2 vid start till 17,5 vid session 6, en tillförlitlig försämring (5 poäng eller mer). Bedöm risken.",
    "Dina skattningar visar att det har blivit svårare sedan vi började. Jag vill gärna förstå vad du har märkt, och försäkra mig om att alla har varit trygga."
   ],
   "partner, SRS, whole numbers": [
    "SRS-summa (skattad av partner) sjönk från 35 vid start till 30 vid session 3, en tillförlitlig försämring (5 poäng eller mer). Bedöm risken.",
    "Dina skattningar visar att det har blivit svårare sedan vi började. Jag vill gärna förstå vad du har märkt, och försäkra mig om att alla har varit trygga."
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-summa (skattad av en annan person) sjönk från 24,2 vid start till 17,5 vid session 6, en tillförlitlig försämring (5 poäng eller mer). Bedöm risken.",
    "Dina skattningar visar att det har blivit svårare sedan vi började. Jag vill gärna förstå vad du har märkt, och försäkra mig om att alla har varit trygga."
   ],
   "no facts but the numbers": [
    "Utfall-summa sjönk från 24,2 vid start till 17,5 vid session 6, en tillförlitlig försämring (5 poäng eller mer). Bedöm risken.",
    "Det ser ut som att det har blivit svårare för dig sedan vi började. Jag vill gärna förstå vad som har hänt, och höra hur trygg du har känt dig. Vad är det som sticker ut för dig?"
   ]
  },
  "last-chance": {
   "caretaker, ORS, two items, named client": [
    "ORS-summa för klient c-2 (skattad av vårdnadshavare) visar ingen tillförlitlig förbättring efter 6 sessioner (start 24,2, nu 17,5): dags för ett avgörande samtal om att ändra planen eller remittera vidare.",
    "Vi har träffats flera gånger nu, och dina skattningar har inte förändrats så mycket som vi hoppades. Jag vill vara säker på att du får det som hjälper: ska vi ändra hur vi arbetar, lägga till något, eller fundera på om någon annan skulle passa dig bättre?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-summa visar ingen tillförlitlig förbättring efter 6 sessioner (start 24,2, nu 17,5): dags för ett avgörande samtal om att ändra planen eller remittera vidare.",
    "Vi har träffats flera gånger nu, och dina skattningar har inte förändrats så mycket som vi hoppades. Jag vill vara säker på att du får det som hjälper: ska vi ändra hur vi arbetar, lägga till något, eller fundera på om någon annan skulle passa dig bättre?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-summa (skattad av lärare) visar ingen tillförlitlig förbättring efter 6 sessioner (start 24,2, nu 17,5): dags för ett avgörande samtal om att ändra planen eller remittera vidare.",
    "Vi har träffats flera gånger nu, och dina skattningar har inte förändrats så mycket som vi hoppades. Jag vill vara säker på att du får det som hjälper: ska vi ändra hur vi arbetar, lägga till något, eller fundera på om någon annan skulle passa dig bättre?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-summa (skattad av partner) visar ingen tillförlitlig förbättring efter 3 sessioner (start 35, nu 30): dags för ett avgörande samtal om att ändra planen eller remittera vidare.",
    "Vi har träffats flera gånger nu, och dina skattningar har inte förändrats så mycket som vi hoppades. Jag vill vara säker på att du får det som hjälper: ska vi ändra hur vi arbetar, lägga till något, eller fundera på om någon annan skulle passa dig bättre?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-summa (skattad av en annan person) visar ingen tillförlitlig förbättring efter 6 sessioner (start 24,2, nu 17,5): dags för ett avgörande samtal om att ändra planen eller remittera vidare.",
    "Vi har träffats flera gånger nu, och dina skattningar har inte förändrats så mycket som vi hoppades. Jag vill vara säker på att du får det som hjälper: ska vi ändra hur vi arbetar, lägga till något, eller fundera på om någon annan skulle passa dig bättre?"
   ],
   "no facts but the numbers": [
    "Utfall-summa visar ingen tillförlitlig förbättring efter 6 sessioner (start 24,2, nu 17,5): dags för ett avgörande samtal om att ändra planen eller remittera vidare.",
    "Vi har träffats flera gånger nu, och dina skattningar har inte förändrats så mycket som vi hoppades. Jag vill vara säker på att du får det som hjälper: ska vi ändra hur vi arbetar, lägga till något, eller fundera på om någon annan skulle passa dig bättre?"
   ]
  },
  "reliable-drop": {
   "caretaker, ORS, two items, named client": [
    "ORS-summa för klient c-2 (skattad av vårdnadshavare) sjönk från 23,4 vid session 5 till 17,5 vid session 6, en minskning med 5,9: tillförlitlig (5 poäng eller mer).",
    "Din skattning är en hel del lägre än förra gången. Vad har hänt sedan vi sågs senast?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-summa sjönk från 23,4 vid session 5 till 17,5 vid session 6, en minskning med 5,9: tillförlitlig (5 poäng eller mer).",
    "Din skattning är en hel del lägre än förra gången. Vad har hänt sedan vi sågs senast?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-summa (skattad av lärare) sjönk från 23,4 vid session 5 till 17,5 vid session 6, en minskning med 5,9: tillförlitlig (5 poäng eller mer).",
    "Din skattning är en hel del lägre än förra gången. Vad har hänt sedan vi sågs senast?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-summa (skattad av partner) sjönk från 36 vid session 2 till 30 vid session 3, en minskning med 6: tillförlitlig (5 poäng eller mer).",
    "Din skattning är en hel del lägre än förra gången. Vad har hänt sedan vi sågs senast?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-summa (skattad av en annan person) sjönk från 23,4 vid session 5 till 17,5 vid session 6, en minskning med 5,9: tillförlitlig (5 poäng eller mer).",
    "Din skattning är en hel del lägre än förra gången. Vad har hänt sedan vi sågs senast?"
   ],
   "no facts but the numbers": [
    "Utfall-summa sjönk från 23,4 vid session 5 till 17,5 vid session 6, en minskning med 5,9: tillförlitlig (5 poäng eller mer).",
    "Din skattning är en hel del lägre än förra gången. Vad har hänt sedan vi sågs senast?"
   ]
  },
  "not-on-track": {
   "caretaker, ORS, two items, named client": [
    "ORS-summa för klient c-2 (skattad av vårdnadshavare) 17,5 vid session 6 ligger under det förväntade intervallet (nedre gräns 5) för ett startvärde på 24,2.",
    "När jag ser på dina skattningar hittills har det inte förändrats så mycket som vi hoppades. Vad tänker du om det, och finns det något vi skulle kunna pröva på ett annat sätt?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-summa 17,5 vid session 6 ligger under det förväntade intervallet (nedre gräns 5) för ett startvärde på 24,2.",
    "När jag ser på dina skattningar hittills har det inte förändrats så mycket som vi hoppades. Vad tänker du om det, och finns det något vi skulle kunna pröva på ett annat sätt?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-summa (skattad av lärare) 17,5 vid session 6 ligger under det förväntade intervallet (nedre gräns 5) för ett startvärde på 24,2.",
    "När jag ser på dina skattningar hittills har det inte förändrats så mycket som vi hoppades. Vad tänker du om det, och finns det något vi skulle kunna pröva på ett annat sätt?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-summa (skattad av partner) 30 vid session 3 ligger under det förväntade intervallet (nedre gräns 5) för ett startvärde på 35.",
    "När jag ser på dina skattningar hittills har det inte förändrats så mycket som vi hoppades. Vad tänker du om det, och finns det något vi skulle kunna pröva på ett annat sätt?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-summa (skattad av en annan person) 17,5 vid session 6 ligger under det förväntade intervallet (nedre gräns 5) för ett startvärde på 24,2.",
    "När jag ser på dina skattningar hittills har det inte förändrats så mycket som vi hoppades. Vad tänker du om det, och finns det något vi skulle kunna pröva på ett annat sätt?"
   ],
   "no facts but the numbers": [
    "Utfall-summa 17,5 vid session 6 ligger under det förväntade intervallet (nedre gräns 5) för ett startvärde på 24,2.",
    "När jag ser på dina skattningar hittills har det inte förändrats så mycket som vi hoppades. Vad tänker du om det, och finns det något vi skulle kunna pröva på ett annat sätt?"
   ]
  },
  "checkpoint": {
   "caretaker, ORS, two items, named client": [
    "ORS-summa för klient c-2 (skattad av vårdnadshavare) visar ingen tillförlitlig förändring efter 6 sessioner (start 24,2, nu 17,5): dags för ett samtal om hur det går.",
    "Dina skattningar har inte förändrats mycket sedan vi började. Vad tänker du om det? Finns det något i hur vi arbetar som vi borde titta på tillsammans?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-summa visar ingen tillförlitlig förändring efter 6 sessioner (start 24,2, nu 17,5): dags för ett samtal om hur det går.",
    "Dina skattningar har inte förändrats mycket sedan vi började. Vad tänker du om det? Finns det något i hur vi arbetar som vi borde titta på tillsammans?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-summa (skattad av lärare) visar ingen tillförlitlig förändring efter 6 sessioner (start 24,2, nu 17,5): dags för ett samtal om hur det går.",
    "Dina skattningar har inte förändrats mycket sedan vi började. Vad tänker du om det? Finns det något i hur vi arbetar som vi borde titta på tillsammans?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-summa (skattad av partner) visar ingen tillförlitlig förändring efter 3 sessioner (start 35, nu 30): dags för ett samtal om hur det går.",
    "Dina skattningar har inte förändrats mycket sedan vi började. Vad tänker du om det? Finns det något i hur vi arbetar som vi borde titta på tillsammans?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-summa (skattad av en annan person) visar ingen tillförlitlig förändring efter 6 sessioner (start 24,2, nu 17,5): dags för ett samtal om hur det går.",
    "Dina skattningar har inte förändrats mycket sedan vi började. Vad tänker du om det? Finns det något i hur vi arbetar som vi borde titta på tillsammans?"
   ],
   "no facts but the numbers": [
    "Utfall-summa visar ingen tillförlitlig förändring efter 6 sessioner (start 24,2, nu 17,5): dags för ett samtal om hur det går.",
    "Dina skattningar har inte förändrats mycket sedan vi började. Vad tänker du om det? Finns det något i hur vi arbetar som vi borde titta på tillsammans?"
   ]
  },
  "alliance-low": {
   "caretaker, ORS, two items, named client": [
    "ORS-summa för klient c-2 (skattad av vårdnadshavare) 17,5 vid session 6 är under 5.",
    "Tack för att du är ärlig om hur det var i dag. Vad skulle jag kunna göra annorlunda så att vår tid tillsammans blir mer till hjälp för dig?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-summa 17,5 vid session 6 är under 5.",
    "Tack för att du är ärlig om hur det var i dag. Vad skulle vi kunna göra annorlunda så att gruppen blir mer till hjälp för dig?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-summa (skattad av lärare) 17,5 vid session 6 är under 5.",
    "Tack för att du är ärlig om hur det var i dag. Vad skulle jag kunna göra annorlunda så att vår tid tillsammans blir mer till hjälp för dig?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-summa (skattad av partner) 30 vid session 3 är under 5.",
    "Tack för att du är ärlig om hur det var i dag. Vad skulle jag kunna göra annorlunda så att vår tid tillsammans blir mer till hjälp för dig?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-summa (skattad av en annan person) 17,5 vid session 6 är under 5.",
    "Tack för att du är ärlig om hur det var i dag. Vad skulle jag kunna göra annorlunda så att vår tid tillsammans blir mer till hjälp för dig?"
   ],
   "no facts but the numbers": [
    "Allians-summa 17,5 vid session 6 är under 5.",
    "Tack för att du är ärlig om hur det var i dag. Vad skulle jag kunna göra annorlunda så att vår tid tillsammans blir mer till hjälp för dig?"
   ]
  },
  "alliance-drop": {
   "caretaker, ORS, two items, named client": [
    "ORS-summa för klient c-2 (skattad av vårdnadshavare) sjönk från 23,4 vid session 5 till 17,5 vid session 6, en minskning med 5,9 (varning vid 5 eller mer).",
    "Du skattade dagens session lite lägre än förra gången. Var det något i vårt samtal som inte kändes rätt, eller något vi missade?"
   ],
   "client, group alliance, one item, young child": [
    "GSRS-summa sjönk från 23,4 vid session 5 till 17,5 vid session 6, en minskning med 5,9 (varning vid 5 eller mer).",
    "Du skattade dagens grupp lite lägre än förra gången. Var det något i gruppen som inte kändes rätt, eller något vi missade?"
   ],
   "teacher, CORS, items as English text": [
    "CORS-summa (skattad av lärare) sjönk från 23,4 vid session 5 till 17,5 vid session 6, en minskning med 5,9 (varning vid 5 eller mer).",
    "Du skattade dagens session lite lägre än förra gången. Var det något i vårt samtal som inte kändes rätt, eller något vi missade?"
   ],
   "partner, SRS, whole numbers": [
    "SRS-summa (skattad av partner) sjönk från 36 vid session 2 till 30 vid session 3, en minskning med 6 (varning vid 5 eller mer).",
    "Du skattade dagens session lite lägre än förra gången. Var det något i vårt samtal som inte kändes rätt, eller något vi missade?"
   ],
   "another rater, YCORS, not a young child": [
    "YCORS-summa (skattad av en annan person) sjönk från 23,4 vid session 5 till 17,5 vid session 6, en minskning med 5,9 (varning vid 5 eller mer).",
    "Du skattade dagens session lite lägre än förra gången. Var det något i vårt samtal som inte kändes rätt, eller något vi missade?"
   ],
   "no facts but the numbers": [
    "Allians-summa sjönk från 23,4 vid session 5 till 17,5 vid session 6, en minskning med 5,9 (varning vid 5 eller mer).",
    "Du skattade dagens session lite lägre än förra gången. Var det något i vårt samtal som inte kändes rätt, eller något vi missade?"
   ]
  },
  "alliance-item-low": {
   "caretaker, ORS, two items, named client": [
    "Vid session 6 ligger ORS-frågor för klient c-2 (skattad av vårdnadshavare) under 5: goals 3,5; approach 4.",
    "Jag märkte att några delar av dagens session fick lägre skattningar. Kan du berätta mer om dem, så att jag kan anpassa hur vi arbetar?"
   ],
   "client, group alliance, one item, young child": [
    "Vid session 6 ligger en GSRS-fråga under 5: overall 8,5.",
    "Jag märkte att en del av dagens grupp fick en lägre skattning. Kan du berätta lite mer om det, så att jag kan anpassa hur vi arbetar?"
   ],
   "teacher, CORS, items as English text": [
    "Vid session 6 ligger CORS-frågor (skattad av lärare) under 5: goals 3.5, approach 4.",
    "Jag märkte att några delar av dagens session fick lägre skattningar. Kan du berätta mer om dem, så att jag kan anpassa hur vi arbetar?"
   ],
   "partner, SRS, whole numbers": [
    "Vid session 3 ligger en SRS-fråga (skattad av partner) under 5: relationship 8.",
    "Jag märkte att en del av dagens session fick en lägre skattning. Kan du berätta lite mer om det, så att jag kan anpassa hur vi arbetar?"
   ],
   "another rater, YCORS, not a young child": [
    "Vid session 6 ligger YCORS-frågor (skattad av en annan person) under 5: .",
    "Jag märkte att några delar av dagens session fick lägre skattningar. Kan du berätta mer om dem, så att jag kan anpassa hur vi arbetar?"
   ],
   "no facts but the numbers": [
    "Vid session 6 ligger Allians-frågor under 5: .",
    "Jag märkte att några delar av dagens session fick lägre skattningar. Kan du berätta mer om dem, så att jag kan anpassa hur vi arbetar?"
   ]
  },
  "no-outcome-yet": {
   "caretaker, ORS, two items, named client": [
    "Ingen utfallsskattning ännu.",
    "Innan vi börjar: vill du markera hur du har haft det den senaste veckan? Det hjälper oss båda att se om det vi gör hjälper."
   ],
   "client, group alliance, one item, young child": [
    "Ingen utfallsskattning ännu.",
    "Innan vi börjar: vill du markera hur ditt barn har haft det den senaste veckan? Det hjälper oss båda att se om det vi gör hjälper."
   ],
   "teacher, CORS, items as English text": [
    "Ingen utfallsskattning ännu.",
    "Innan vi börjar: vill du markera hur du har haft det den senaste veckan? Det hjälper oss båda att se om det vi gör hjälper."
   ],
   "partner, SRS, whole numbers": [
    "Ingen utfallsskattning ännu.",
    "Innan vi börjar: vill du markera hur du har haft det den senaste veckan? Det hjälper oss båda att se om det vi gör hjälper."
   ],
   "another rater, YCORS, not a young child": [
    "Ingen utfallsskattning ännu.",
    "Innan vi börjar: vill du markera hur du har haft det den senaste veckan? Det hjälper oss båda att se om det vi gör hjälper."
   ],
   "no facts but the numbers": [
    "Ingen utfallsskattning ännu.",
    "Innan vi börjar: vill du markera hur du har haft det den senaste veckan? Det hjälper oss båda att se om det vi gör hjälper."
   ]
  }
 }
};
