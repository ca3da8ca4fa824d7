/** Organisations named inside sentences: every article with every preposition, elision, short forms, lists. */
import { describe, expect, it } from 'vitest';
import { orgList, orgName, type NameableOrg } from '../../src/lib/french-names';

const sgpi: NameableOrg = { name: 'Secrétariat général pour l’investissement', article: 'le', acronym: 'SGPI' };
const region: NameableOrg = { name: 'Région Grand Est', article: 'la' };
const ademe: NameableOrg = { name: 'Agence de la transition écologique', article: 'l', acronym: 'ADEME' };
const regions: NameableOrg = { name: 'Régions de France', article: 'les' };
const bf: NameableOrg = { name: 'Business France', article: 'aucun' };
const orange: NameableOrg = { name: 'Orange', article: 'aucun' };
const na: NameableOrg = { name: 'Agence Normandie Attractivité', article: 'l', acronym: 'Normandie Attractivité', acronymArticle: 'aucun' };

describe('orgName', () => {
  it.each([
    [sgpi, undefined, 'le Secrétariat général pour l’investissement'],
    [sgpi, 'de', 'du Secrétariat général pour l’investissement'],
    [sgpi, 'à', 'au Secrétariat général pour l’investissement'],
    [sgpi, 'par', 'par le Secrétariat général pour l’investissement'],
    [region, undefined, 'la Région Grand Est'],
    [region, 'de', 'de la Région Grand Est'],
    [region, 'à', 'à la Région Grand Est'],
    [region, 'avec', 'avec la Région Grand Est'],
    [ademe, undefined, 'l’Agence de la transition écologique'],
    [ademe, 'de', 'de l’Agence de la transition écologique'],
    [ademe, 'à', 'à l’Agence de la transition écologique'],
    [ademe, 'par', 'par l’Agence de la transition écologique'],
    [regions, 'de', 'des Régions de France'],
    [regions, 'à', 'aux Régions de France'],
    [regions, 'pour', 'pour les Régions de France'],
    [bf, undefined, 'Business France'],
    [bf, 'de', 'de Business France'],
    [bf, 'à', 'à Business France'],
    [bf, 'auprès de', 'auprès de Business France'],
    [orange, 'de', 'd’Orange'],
  ] as const)('%o %s', (org, prep, expected) => {
    expect(orgName(org, { prep })).toBe(expected);
  });

  it('lets `elides` override the first letter', () => {
    expect(orgName({ ...orange, elides: false }, { prep: 'de' })).toBe('de Orange');
    expect(orgName({ ...bf, elides: true }, { prep: 'de' })).toBe('d’Business France');
  });

  it('uses the acronym with its own article in short form', () => {
    expect(orgName(ademe, { form: 'short', prep: 'par' })).toBe('par l’ADEME');
    expect(orgName(na, { form: 'short', prep: 'de' })).toBe('de Normandie Attractivité');
    expect(orgName(na, { prep: 'de' })).toBe('de l’Agence Normandie Attractivité');
    expect(orgName(sgpi, { form: 'short', prep: 'de' })).toBe('du SGPI');
  });

  it('writes the full name with the acronym in brackets in the labelled form', () => {
    expect(orgName(ademe, { form: 'labelled', prep: 'par' })).toBe('par l’Agence de la transition écologique (ADEME)');
  });

  it('capitalises at the start of a sentence', () => {
    expect(orgName(ademe, { form: 'short', capital: true })).toBe('L’ADEME');
  });
});

describe('orgList', () => {
  it('names one, two and three organisations', () => {
    expect(orgList([ademe], { prep: 'par', form: 'short' })).toBe('par l’ADEME');
    expect(orgList([ademe, region], { prep: 'par', form: 'short' })).toBe('par l’ADEME et la Région Grand Est');
    expect(orgList([sgpi, region, bf], { form: 'short' })).toBe('le SGPI, la Région Grand Est et Business France');
  });

  it('repeats « de » and « à », says « auprès de » once then « de »', () => {
    expect(orgList([ademe, region], { prep: 'de', form: 'short' })).toBe('de l’ADEME et de la Région Grand Est');
    expect(orgList([sgpi, regions], { prep: 'à', form: 'short' })).toBe('au SGPI et aux Régions de France');
    expect(orgList([region, ademe], { prep: 'auprès de', form: 'short' })).toBe('auprès de la Région Grand Est et de l’ADEME');
  });
});
