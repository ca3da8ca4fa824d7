/** `/calendrier.ics`: the dates of every call published to the day, for calendar applications. */
import type { APIRoute } from 'astro';
import { getSiteCalendar } from '../query';

export const GET: APIRoute = async () =>
  new Response(await getSiteCalendar(), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
