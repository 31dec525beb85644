export { createOutboxSender, smsSenderFor, type SmsMessage, type SmsSender } from './sms.ts';
export { smsOutbox } from './sms.tables.ts';
