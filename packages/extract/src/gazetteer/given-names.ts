/**
 * Given names that say a person's gender, and the Russian name endings that do: a pronoun of the
 * other gender then does not resolve to them. Only names that are one gender in every language the
 * lexicon covers (not "Jean", "Andrea", "Sasha", "Camille").
 */
/** "f" or "m", as the actor stage's pronoun resolution reads it. */
export type Gender = "f" | "m";

const FEMALE =
  // English, German, Nordic, Italian, Spanish.
  (
    "Angela Annalena Ursula Christine Christina Kristina Catherine Katherine Kate Mary Elizabeth Elisabeth Liz " +
    "Theresa Teresa Hillary Nancy Kamala Nikki Susan Sarah Sara Jennifer Karen Linda Barbara Patricia Margaret " +
    "Jessica Emily Emma Laura Lisa Michelle Rachel Rebecca Hannah Claire Claudia Giorgia Roberta Jacinda Mette " +
    "Sanna Kaja Ingrid Penny Priti Suella Yvette Janet Gina Tulsi Kristi Karine Samantha Nikki Kristalina Ngozi " +
    "Ana Isabel Carmen Lucia Lucía Marta Elena Helena Victoria Viktoria Sofia Sophie Sophia Julia Anna Maria " +
    "Alexandra Natalie Nadia Monika Monica Petra Eva Ewa " +
    // French.
    "Marie Marine Ségolène Valérie Élisabeth Isabelle Nathalie Sandrine Anne Annie Agnès Martine Sylvie " +
    "Brigitte Aurore Amélie Christiane Rachida Najat Françoise Chantal Hélène Céline " +
    // Slavic, Baltic, Hungarian in Latin script.
    "Olga Natalia Natalya Tatiana Tatyana Irina Iryna Svetlana Yulia Yuliia Ekaterina Yekaterina Kateryna " +
    "Oksana Olena Lyudmila Liudmyla Valentina Nadezhda Galina Marina Larisa Daria Darya Alina Anastasia " +
    "Ksenia Polina Vera Zhanna Inna Veronika Margarita Magdalena Beata Agnieszka Małgorzata Katarzyna " +
    "Joanna Zuzana Katalin Ingrida Dalia " +
    // Turkish, Arabic, Persian, Hebrew.
    "Zeynep Ayşe Elif Meral Tansu Fatma Fatima Aisha Leila Layla Maryam Golda Ayelet Tzipi Miri Gila Orit " +
    // Cyrillic.
    "Анна Мария Елена Ольга Наталья Наталия Татьяна Ирина Светлана Юлия Екатерина Оксана Людмила Валентина " +
    "Надежда Галина Марина Лариса Виктория Дарья Алина София Анастасия Ксения Полина Вера Жанна Инна " +
    "Вероника Маргарита Александра Элизабет Урсула Ангела Анналена Кая Камала Хиллари Тереза Джорджа"
  ).split(" ");

const MALE =
  // English, German, Dutch, Nordic.
  (
    "John James Michael David Robert William Richard Joseph Thomas Charles Christopher Daniel Matthew Mark " +
    "Paul Peter George Donald Joe Barack Bill Mike Mitch Chuck Kevin Steven Steve Wilbur Rex Marco Antony " +
    "Anthony Lloyd Jake Keith Rishi Boris Keir Jeremy Tony Gordon David Dominic Grant Ben Mark Olaf " +
    "Friedrich Frank Karl Heinrich Wolfgang Jens Mark Markus Lars Stefan Martin Alexander Andrew Henry " +
    "Jack Jim Tom Tim Ted Marco Rand Josh Chris Brian Kenneth Scott Ron Jared Pete Hakeem Hunter " +
    // French, Italian, Spanish, Portuguese.
    "Marc Pierre Jacques Michel François Emmanuel Nicolas Olivier Philippe Laurent Bruno Gérald Sébastien " +
    "Thierry Alain Bernard Gabriel Édouard Jean-Luc Jean-Yves Jean-Noël Jean-Marie Jean-Pierre Jean-Claude " +
    "Matteo Sergio Mario Giuseppe Antonio António Luigi Giorgio Paolo Pedro Pablo Javier Andrés Luiz Jair " +
    "Julien Mathieu Stéphane Yannick " +
    // Slavic in Latin script.
    "Vladimir Dmitry Dmitri Dmytro Sergei Sergey Serhiy Sergiy Alexei Alexey Aleksei Oleksiy Oleksii Andrei " +
    "Andrey Andriy Andrii Ivan Igor Ihor Oleg Oleh Mikhail Mykhailo Nikolai Mykola Yuri Yuriy Viktor Victor " +
    "Pavel Pavlo Maxim Maksym Vasily Volodymyr Vitali Vitaly Petro Petr Anatoly Gennady Arkady Arkadi " +
    "Konstantin Valery Valeriy Ruslan Denis Roman Ramzan Yevgeny Evgeny Leonid Taras Bogdan Bohdan Kirill " +
    "Ilya Nikita Mateusz Andrzej Jarosław Radosław Donald Tomasz Viktor Aleksandar Aleksandr Oleksandr " +
    // Turkish, Arabic, Persian, Hebrew, Asian.
    "Recep Mevlüt Hakan Mehmet Ahmet Mustafa Ali Hassan Hossein Mohammad Mohammed Muhammad Ebrahim Javad " +
    "Abbas Benjamin Yair Naftali Isaac Yoav Benny Avigdor Cem Levent Kemal Murat Emre Burak Ömer İbrahim " +
    "Yusuf Narendra Shinzo Fumio Justin Xi " +
    // Cyrillic.
    "Владимир Дмитрий Сергей Алексей Андрей Иван Игорь Олег Михаил Николай Юрий Виктор Павел Максим " +
    "Василий Виталий Петр Пётр Анатолий Геннадий Аркадий Константин Валерий Руслан Денис Роман Рамзан " +
    "Евгений Леонид Тарас Богдан Кирилл Илья Никита Александр Антон Артём Артем Борис Вадим Глеб Григорий " +
    "Даниил Егор Фёдор Федор Эммануэль Джо Дональд Олаф Марк Реджеп Тайип Биньямин"
  ).split(" ");

const GIVEN = new Map<string, Gender>([
  ...MALE.map((n) => [n.toLowerCase(), "m"] as const),
  ...FEMALE.map((n) => [n.toLowerCase(), "f"] as const),
]);

/**
 * A person's gender from the name alone: a given name the lexicon knows, else a Russian patronymic
 * or surname ending ("Горшкова", "Петровна"); null when the name does not say.
 */
export function genderOfName(name: string): Gender | null {
  const words = name.split(/\s+/u).filter((w) => w.length > 0);
  const first = words[0];
  if (!first) return null;
  const given = GIVEN.get(first.toLowerCase());
  if (given) return given;
  for (const w of words.slice(1).reverse()) {
    if (/(?:овна|евна|ична|ова|ева|ина|ская|цкая)$/u.test(w)) return "f";
    if (/(?:ович|евич|ич|ов|ев|ин|ский|цкий)$/u.test(w)) return "m";
  }
  return null;
}
