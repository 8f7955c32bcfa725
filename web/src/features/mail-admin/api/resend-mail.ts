import { mailApi, type MailMessage } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Puts a dead message back in the queue; 409 when it is not dead any more. */
export async function resendMail(mailId: string): Promise<MailMessage> {
  const { message } = await callApi(mailApi.resend, { params: { mailId } });
  return message;
}
