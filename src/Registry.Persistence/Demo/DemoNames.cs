namespace Registry.Persistence.Demo;

/// <summary>Word lists for the demo county (长丰县, Anhui, division 340121).</summary>
internal static class DemoNames
{
    public const string Division = "340121";
    public const string Province = "皖";
    public const string County = "长丰县";

    public static readonly string[] Towns =
        ["水湖镇", "庄墓镇", "杨庙镇", "吴山镇", "岗集镇", "双墩镇", "下塘镇", "朱巷镇", "罗塘乡", "造甲乡", "左店乡", "义井乡", "杜集乡", "陶楼镇"];

    public static readonly string[] EstatePrefixes =
        ["阳光", "锦绣", "金色", "碧桂", "翡翠", "御景", "书香", "滨湖", "丽水", "紫薇", "和园", "东方", "盛世", "凤凰", "龙湖", "华府", "新城", "枫林", "春江", "蓝湾"];

    public static readonly string[] EstateSuffixes = ["花园", "华庭", "家园", "小区", "名邸", "公馆", "雅苑", "新村", "壹号院", "城"];

    public static readonly string[] Villages =
        ["双庙", "大郢", "红星", "新河", "永丰", "桥头", "王岗", "吴集", "刘岗", "黄墩", "三里", "长岗", "朱湾", "李圩", "高塘", "罗集"];

    public static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
         "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
         "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "汪", "方", "陶", "鲍", "葛", "储", "汤", "夏"];

    public static readonly string[] GivenMale =
        ["伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "建国", "志强", "海峰", "俊杰", "文博", "浩然", "子轩", "国庆", "德胜", "家宝", "宏伟", "春生"];

    public static readonly string[] GivenFemale =
        ["芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "婷", "雪", "慧", "玲", "秀英", "桂兰", "玉梅", "晓燕", "雨涵", "梓涵", "欣怡", "佳怡", "丽华", "春梅", "淑珍", "海燕"];

    public static readonly string[] Banks =
        ["中国工商银行股份有限公司长丰支行", "中国农业银行股份有限公司长丰县支行", "中国银行股份有限公司长丰支行", "中国建设银行股份有限公司长丰支行",
         "交通银行股份有限公司合肥长丰支行", "安徽长丰农村商业银行股份有限公司", "徽商银行股份有限公司长丰支行", "中国邮政储蓄银行股份有限公司长丰县支行"];

    public static readonly string[] Developers =
        ["合肥阳光置业有限公司", "长丰县城市建设投资有限公司", "安徽锦绣房地产开发有限公司", "合肥北城置业有限公司", "长丰丽水房地产开发有限公司", "安徽华府置业有限公司"];

    public static readonly string[] Companies =
        ["长丰县双墩机械制造有限公司", "合肥北城物流有限公司", "安徽长丰食品有限公司", "长丰县岗集建材有限公司", "合肥草莓产业发展有限公司", "安徽下塘新材料科技有限公司"];

    public static readonly string[] Courts =
        ["长丰县人民法院", "合肥市中级人民法院", "肥东县人民法院", "合肥市蜀山区人民法院", "合肥高新技术产业开发区人民法院"];

    public static readonly string[] CourtCodes = ["皖0121", "皖01", "皖0122", "皖0104", "皖0191"];

    public static readonly string[] IdDivisions = ["340121", "340121", "340121", "340104", "340111", "340122", "341124", "340123"];
}
