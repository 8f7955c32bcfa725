import type { LocaleTexts } from './mail-texts.ts';

const once = (until: string) => `此链接仅可使用一次，有效期至 ${until}。`;

export const zh: LocaleTexts = {
  brand: '全球网络安全指数（GCI）',
  greeting: (name) => (name ? `${name}，您好：` : '您好：'),
  subject: (title, about) => (about.length ? `${title}：${about.join('，')}` : title),
  labels: { country: '国家', cycle: '周期', question: '问题' },
  separator: '：',
  linkFallback: '如果按钮无法使用，请将以下地址复制到浏览器中打开：',
  footer: {
    notice: '您收到此邮件，是因为您在本平台参与全球网络安全指数的工作。您也可以在平台的通知中查看此消息。',
    account: '此邮件由系统自动发送，请勿回复。如果您并未预期收到此邮件，可以忽略它：在使用该链接之前，不会有任何更改。',
  },
  kinds: {
    invitation: ({ invitedBy, expiresAt }, f) => ({
      title: '全球网络安全指数平台邀请',
      intro: [
        `${invitedBy ? `${invitedBy}邀请您` : '您已受邀'}加入全球网络安全指数（GCI）平台。各国在该平台上填写问卷，审核人在此核实结果。`,
        '请设置密码以激活您的账户。',
      ],
      outro: [once(f.dateTime(expiresAt))],
      action: '设置密码',
    }),
    password_reset: ({ expiresAt }, f) => ({
      title: '重置密码',
      intro: ['我们收到了重置您在全球网络安全指数平台上账户密码的请求。'],
      outro: [once(f.dateTime(expiresAt)), '如果这不是您本人的操作，请忽略此邮件，您的密码将保持不变。'],
      action: '设置新密码',
    }),
    assessment_submitted: () => ({
      title: '问卷已提交审核',
      intro: ['一个国家已提交问卷，可以开始审核。'],
      action: '打开审核页面',
    }),
    assessment_resubmitted: () => ({
      title: '问卷已重新提交',
      intro: ['一个国家修改后重新提交了问卷，修改内容可以开始审核。'],
      action: '打开审核页面',
    }),
    submission_receipt: ({ submittedAt, resubmission }, f) => ({
      title: resubmission ? '修改后问卷的提交回执' : '问卷提交回执',
      intro: [`我们已于 ${f.dateTime(submittedAt)} 收到贵国${resubmission ? '修改后' : ''}的问卷。`, '审核人将开始审阅。如有疑问或需要修改，您将收到通知。'],
      action: '查看问卷',
    }),
    review_started: () => ({
      title: '审核已开始',
      intro: ['审核人已开始审阅贵国的问卷。他们可能会对答案提出意见或要求修改，届时您将收到通知。'],
      action: '跟进审核',
    }),
    assessment_returned: ({ comment, questionCount }, f) => ({
      title: '问卷已退回修改',
      intro: [
        '一位审核人已将贵国的问卷退回修改。',
        ...(questionCount > 0 ? [f.plural(questionCount, { other: '有 {n} 个问题需要您处理。' })] : []),
        '审核人的意见：',
      ],
      quote: comment,
      outro: ['请完成修改后重新提交问卷。'],
      action: '修改问卷',
    }),
    assessment_validated: () => ({
      title: '评估已核实',
      intro: ['审核人已核实贵国的评估。', '请在核实期内查看结果，并选择接受或提出异议。'],
      action: '查看结果',
    }),
    result_accepted: () => ({
      title: '结果已接受',
      intro: ['该国已接受经核实的结果。'],
      action: '打开评估',
    }),
    result_disputed: ({ comment }) => ({
      title: '结果存在异议',
      intro: ['该国对经核实的结果提出了异议。其说明如下：'],
      quote: comment,
      outro: ['请在该异议的讨论中回复。'],
      action: '查看异议',
    }),
    result_final: () => ({
      title: '结果已确定',
      intro: ['贵国的结果现已确定，将在本周期结果发布时公开。'],
      action: '打开评估',
    }),
    new_comment: ({ questionKey, from }) =>
      from === 'reviewer'
        ? {
            title: '审核人发表了新意见',
            intro: [questionKey ? '一位审核人对贵国问卷中的一个问题发表了意见。' : '一位审核人对贵国的问卷发表了意见。'],
            action: '阅读并回复',
          }
        : {
            title: '国家团队发表了新意见',
            intro: [questionKey ? '该国团队对一个问题发表了意见。' : '该国团队对其问卷发表了意见。'],
            action: '阅读并回复',
          },
    answer_corrected: ({ reason }) => ({
      title: '审核人更正了一个答案',
      intro: ['一位审核人更正了贵国的一个答案。给出的理由如下：'],
      quote: reason,
      outro: ['原答案仍保留在该问题的历史记录中。'],
      action: '查看更正',
    }),
    deadline_reminder: ({ closesAt, daysLeft }, f) => ({
      title: daysLeft <= 0 ? '今天是提交问卷的最后一天' : f.plural(daysLeft, { other: '距问卷提交截止还有 {n} 天' }),
      intro: [`问卷将于 ${f.dateTime(closesAt)} 截止，贵国尚未提交。`, '请在截止时间前完成剩余问题并提交问卷。'],
      action: '继续填写问卷',
    }),
    results_published: () => ({
      title: '结果已发布',
      intro: ['本周期的结果已经发布。', '贵国的概况页面显示其所处梯队、各支柱得分以及有待改进的领域。'],
      action: '查看贵国结果',
    }),
    assistance_update: ({ indicator, status, comment }) => ({
      title: '援助请求',
      intro: [
        `关于指标 ${indicator} 的援助请求当前状态：${{ requested: '已提出', in_discussion: '讨论中', planned: '已计划', delivered: '已提供', closed: '已关闭' }[status]}。`,
      ],
      ...(comment ? { quote: comment } : {}),
      action: '打开行动计划',
    }),
  },
};
