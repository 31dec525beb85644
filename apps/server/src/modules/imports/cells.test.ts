import { describe, expect, it } from 'vitest';
import { classTypes, serviceModes } from '@youyu/contracts';
import { cellReaders, readBoolean, readDate, readNumber, vocabulary } from './cells.ts';
import { readClasses } from './institution-rows.ts';

describe('reading spreadsheet cells', () => {
  const classType = vocabulary(classTypes, (c) => c.classTypes);

  it('reads a vocabulary by code, Chinese label or English label, without the bracketed note', () => {
    expect(classType('twosClass')).toBe('twosClass');
    expect(classType('托大班')).toBe('twosClass');
    expect(classType('托大班（24–36 个月）')).toBe('twosClass');
    expect(classType(' TWOS CLASS ')).toBe(classType('Twos class') ?? 'twosClass');
    expect(classType('大班')).toBeNull();
  });

  it('reads dates as people type them, and refuses days that do not exist', () => {
    expect(readDate('2024/3/1')).toBe('2024-03-01');
    expect(readDate('2024年3月1日')).toBe('2024-03-01');
    expect(readDate('２０２４-０３-０１')).toBe('2024-03-01');
    expect(readDate('2023-02-29')).toBeNull();
    expect(readDate('03/01/2024')).toBeNull();
  });

  it('reads yes and no, numbers and lists', () => {
    expect([readBoolean('是'), readBoolean('否'), readBoolean('Yes'), readBoolean('普惠'), readBoolean('也许')]).toEqual([true, false, true, true, null]);
    expect([readNumber('1,200.5'), readNumber('３９.９'), readNumber('12a')]).toEqual([1200.5, 39.9, null]);
    const modes = cellReaders.listOf(vocabulary(serviceModes, (c) => c.serviceModes));
    expect(modes('全日托、半日托，全日托')).toEqual({ value: ['fullDay', 'halfDay'] });
    expect(modes('全日托；夜托')).toEqual({ code: 'unknownOption' });
    expect(modes('')).toEqual({ value: undefined });
    expect(cellReaders.code()('110105026.0')).toEqual({ value: '110105026' });
  });

  it('reads a class list with or without class names', () => {
    expect(readClasses('向日葵班:托大班:20; 月亮班：托小班：15')).toEqual([
      { name: '向日葵班', classType: 'twosClass', capacity: 20 },
      { name: '月亮班', classType: 'toddlerClass', capacity: 15 },
    ]);
    expect(readClasses('托大班:20')).toEqual([{ name: '1班', classType: 'twosClass', capacity: 20 }]);
    expect(readClasses('托大班')).toBeNull();
    expect(readClasses('向日葵班:大班:20')).toBeNull();
    expect(readClasses('向日葵班:托大班:二十')).toBeNull();
  });
});
