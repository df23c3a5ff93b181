import { describe, expect, it } from 'vitest';
import { copyrightHolder } from '../../../utils/extract/issuer/site-candidates';

// The copyright line is the issuer of last resort on company newsrooms whose releases carry no "About" section.

describe('copyrightHolder', () => {
  it.each([
    ['© ELECOM CO.,LTD.', 'ELECOM CO.,LTD.'],
    ['© 2021 Hoshizora Electronics Co., Ltd. All rights reserved.', 'Hoshizora Electronics Co., Ltd.'],
    ['© 2022 Acme, Inc. All rights reserved.', 'Acme, Inc.'],
    ['© 2020 Foo Corp.', 'Foo Corp.'],
    ['Copyright © 2024 Muster S.p.A. Tutti i diritti riservati', 'Muster S.p.A.'],
    ['© 2023 Caritas e.V. | Impressum', 'Caritas e.V.'],
    ['© 2019 J. Smith Consulting, S.A. Todos los derechos reservados', 'J. Smith Consulting, S.A.'],
    ['© 2022 Acme GmbH. Alle Rechte vorbehalten.', 'Acme GmbH'],
    ['© 2022 Acme GmbH, München', 'Acme GmbH'],
    ['© 2024 Stichting Foo. Alle rechten voorbehouden.', 'Stichting Foo'],
    ['© 2024–2026 Société Bar. Tous droits réservés.', 'Société Bar'],
  ])('%s → %s', (line, holder) => {
    expect(copyrightHolder(['Some page text.', line])).toBe(holder);
  });

  it('finds nothing without a copyright line', () => {
    expect(copyrightHolder(['Acme GmbH', 'All rights reserved.'])).toBeNull();
  });
});
