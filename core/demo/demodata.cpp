// The demo data set: a Yonyou / Chanjet 4S service center near Beijing with its departments,
// staff in every role, product catalogue and as many customers as asked for. A bulk loader:
// everything goes in one transaction through prepared statements that are bound and executed
// once per row, without the per-row permission checks and audit lines of the repositories.
#include "core/demo/demodata.h"
#include "core/demo/demoworkflows.h"

#include "core/audit/audit.h"
#include "core/auth/password.h"
#include "core/auth/permissions.h"
#include "core/auth/roles.h"
#include "core/db/pinyin.h"
#include "core/records/customer.h"
#include "core/records/customerrepository.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <functional>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {


// ------------------------------------------------------------------ departments and staff

struct DepartmentSeed {
    QString name;
    QString nameEn;
    QString headLogin;
};

const QList<DepartmentSeed> &departmentSeeds()
{
    static const QList<DepartmentSeed> d = {
        {u"客户服务中心"_s, u"Customer Service Center"_s, u"manager"_s},
        {u"热线支持部"_s, u"Hotline Support"_s, u"hotline1"_s},
        {u"现场服务部"_s, u"On-site Service"_s, u"engineer1"_s},
        {u"实施部"_s, u"Implementation"_s, u"implmgr"_s},
        {u"培训部"_s, u"Training"_s, u"trainer"_s},
        {u"质量管理部"_s, u"Quality"_s, u"quality"_s},
        {u"商务部"_s, u"Business (Accounts)"_s, u"account1"_s},
        {u"销售部"_s, u"Sales"_s, u"salesmgr"_s},
        {u"总经理办公室"_s, u"General Manager's Office"_s, u"gm"_s},
        {u"信息技术部"_s, u"IT / Administration"_s, u"admin"_s},
    };
    return d;
}

struct StaffSeed {
    QString login;
    QString displayName;
    int department;        ///< index into departmentSeeds()
    QList<Role> roles;     ///< the first is the account's main role
    QString region;
    QString skills;
};

const QList<StaffSeed> &staffSeeds()
{
    using R = Role;
    static const QList<StaffSeed> s = {
        {u"admin"_s, u"王磊"_s, 9, {R::Administrator}, {}, {}},
        {u"gm"_s, u"赵建国"_s, 8, {R::DepartmentHead}, {}, {}},
        {u"manager"_s, u"李娜"_s, 0, {R::ServiceManager, R::DepartmentHead}, u"北京市朝阳区"_s,
         u"U8+ 财务,U8+ 供应链,服务调度"_s},
        {u"hotline1"_s, u"张敏"_s, 1, {R::HotlineOperator}, u"北京市朝阳区"_s, u"U8+ 财务,T+Cloud"_s},
        {u"hotline2"_s, u"刘洋"_s, 1, {R::HotlineOperator}, u"北京市朝阳区"_s, u"U8+ 供应链,U8+ 生产制造"_s},
        {u"hotline3"_s, u"陈静"_s, 1, {R::HotlineOperator}, u"北京市朝阳区"_s, u"畅捷通T3,畅捷通T+,金税接口"_s},
        {u"hotline4"_s, u"杨帆"_s, 1, {R::HotlineOperator}, u"北京市朝阳区"_s, u"U8+ 财务,U8 HR"_s},
        {u"engineer1"_s, u"孙浩"_s, 2, {R::ServiceEngineer}, u"北京市朝阳区"_s, u"U8+ 财务,U8+ 供应链"_s},
        {u"engineer2"_s, u"马超"_s, 2, {R::ServiceEngineer}, u"北京市海淀区"_s, u"U8+ 生产制造,U8+ 供应链,NC Cloud"_s},
        {u"engineer3"_s, u"朱磊"_s, 2, {R::ServiceEngineer}, u"天津"_s, u"U8+ 财务,畅捷通T+"_s},
        {u"engineer4"_s, u"胡军"_s, 2, {R::ServiceEngineer}, u"河北廊坊"_s, u"畅捷通T3,畅捷通T+,金税接口"_s},
        {u"engineer5"_s, u"郭强"_s, 2, {R::ServiceEngineer}, u"北京市丰台区"_s, u"U8 HR,U8+ 财务,数据库维护"_s},
        {u"implmgr"_s, u"高峰"_s, 3, {R::ImplementationManager, R::DepartmentHead}, u"北京市朝阳区"_s,
         u"U8+,NC Cloud,YonSuite"_s},
        {u"pm1"_s, u"林涛"_s, 3, {R::ProjectManager}, u"北京市海淀区"_s, u"U8+ 供应链,U8+ 生产制造"_s},
        {u"pm2"_s, u"何丽"_s, 3, {R::ProjectManager}, u"北京市朝阳区"_s, u"NC Cloud 财务,YonSuite"_s},
        {u"consultant1"_s, u"郑洁"_s, 3, {R::Consultant}, u"北京市海淀区"_s, u"U8+ 财务,U8+ 供应链"_s},
        {u"consultant2"_s, u"罗斌"_s, 3, {R::Consultant}, u"天津"_s, u"U8+ 生产制造,存货核算"_s},
        {u"consultant3"_s, u"梁晓燕"_s, 3, {R::Consultant}, u"北京市朝阳区"_s, u"U8 HR,薪资管理"_s},
        {u"trainer"_s, u"宋雪"_s, 4, {R::Trainer, R::DepartmentHead}, u"北京市朝阳区"_s,
         u"U8+ 财务,畅捷通T+,用友认证讲师"_s},
        {u"quality"_s, u"韩梅"_s, 5, {R::QualitySupervisor, R::DepartmentHead}, {}, {}},
        {u"account1"_s, u"唐文"_s, 6, {R::AccountManager, R::DepartmentHead}, u"北京市朝阳区"_s, {}},
        {u"account2"_s, u"冯雅琴"_s, 6, {R::AccountManager}, u"北京市海淀区"_s, {}},
        {u"salesmgr"_s, u"袁志明"_s, 7, {R::Sales, R::DepartmentHead}, {}, {}},
        {u"sales1"_s, u"许刚"_s, 7, {R::Sales}, u"北京市朝阳区"_s, {}},
        {u"sales2"_s, u"邓超"_s, 7, {R::Sales}, u"天津"_s, {}},
        {u"sales3"_s, u"曹颖"_s, 7, {R::Sales}, u"河北廊坊"_s, {}},
        {u"firstvisit1"_s, u"彭丽"_s, 0, {R::FirstVisitAgent}, {}, {}},
        {u"firstvisit2"_s, u"吕娟"_s, 0, {R::FirstVisitAgent}, {}, {}},
    };
    return s;
}

// ------------------------------------------------------------------ product catalogue

struct ProductSeed {
    QString name;
    QString vendor;
    QStringList versions;
    QStringList modules;
    int minLicences;
    int maxLicences;
};

const QList<ProductSeed> &productSeeds()
{
    static const QList<ProductSeed> p = {
        {u"用友U8+"_s, u"用友网络"_s, {u"13.0"_s, u"15.0"_s, u"15.1"_s, u"16.0"_s, u"16.1"_s},
         {u"总账"_s, u"UFO报表"_s, u"应收应付"_s, u"固定资产"_s, u"薪资管理"_s, u"供应链"_s,
          u"生产制造"_s, u"存货核算"_s, u"人力资源"_s},
         5, 40},
        {u"用友NC Cloud"_s, u"用友网络"_s, {u"1909"_s, u"2105"_s, u"2111"_s, u"2207"_s, u"2312"_s},
         {u"财务会计"_s, u"管理会计"_s, u"供应链"_s, u"资产管理"_s, u"人力资本"_s, u"协同办公"_s,
          u"项目管理"_s},
         20, 150},
        {u"用友YonSuite"_s, u"用友网络"_s, {u"2023"_s, u"2024"_s, u"2025"_s},
         {u"财务云"_s, u"采购云"_s, u"营销云"_s, u"供应链云"_s, u"制造云"_s, u"人力云"_s, u"协同云"_s},
         10, 60},
        {u"畅捷通T+Cloud"_s, u"畅捷通"_s, {u"17.0"_s, u"18.0"_s, u"18.5"_s},
         {u"总账"_s, u"出纳管理"_s, u"往来管理"_s, u"采购管理"_s, u"销售管理"_s, u"库存管理"_s,
          u"存货核算"_s, u"零售管理"_s},
         2, 12},
        {u"畅捷通T3"_s, u"畅捷通"_s, {u"10.9"_s, u"11.2"_s},
         {u"总账"_s, u"财务报表"_s, u"出纳通"_s, u"工资管理"_s, u"固定资产"_s, u"购销存"_s},
         1, 5},
        {u"畅捷通T6"_s, u"畅捷通"_s, {u"7.1"_s, u"7.2"_s},
         {u"总账"_s, u"应收应付"_s, u"工资管理"_s, u"固定资产"_s, u"供应链"_s, u"生产管理"_s},
         3, 15},
        {u"用友U8 HR"_s, u"用友网络"_s, {u"13.0"_s, u"15.0"_s, u"16.0"_s},
         {u"人事管理"_s, u"薪资管理"_s, u"考勤管理"_s, u"招聘管理"_s, u"培训管理"_s, u"绩效管理"_s},
         5, 30},
        {u"金税接口"_s, u"用友网络"_s, {u"3.0"_s, u"4.0"_s},
         {u"发票导入"_s, u"发票导出"_s, u"数电发票"_s},
         1, 3},
    };
    return p;
}
enum ProductIndex { U8Plus, NcCloud, YonSuite, TPlus, T3, T6, U8Hr, GoldenTax };

// ------------------------------------------------------------------ customer vocabulary

struct Syllable {
    QString zh;
    QString py;
};

struct City {
    QString zh;              ///< in the company name: 北京
    QString en;              ///< in English names: Beijing
    QString addressPrefix;   ///< 北京市 / 河北省廊坊市
    QStringList districts;
    QString areaCode;
    int localDigits;
    QString localFirst;      ///< the digits a local number may start with
    RegionClass region;
    int weight;
};

const QList<City> &cities()
{
    using RC = RegionClass;
    static const QList<City> c = {
        {u"北京"_s, u"Beijing"_s, u"北京市"_s,
         {u"朝阳区"_s, u"海淀区"_s, u"丰台区"_s, u"东城区"_s, u"西城区"_s, u"通州区"_s, u"昌平区"_s,
          u"大兴区"_s, u"顺义区"_s, u"石景山区"_s},
         u"010"_s, 8, u"66668855"_s, RC::SameCity, 55},
        {u"天津"_s, u"Tianjin"_s, u"天津市"_s,
         {u"和平区"_s, u"南开区"_s, u"河西区"_s, u"河东区"_s, u"滨海新区"_s, u"西青区"_s},
         u"022"_s, 8, u"22225868"_s, RC::Nearby, 10},
        {u"廊坊"_s, u"Langfang"_s, u"河北省廊坊市"_s,
         {u"广阳区"_s, u"安次区"_s, u"三河市"_s, u"固安县"_s, u"香河县"_s},
         u"0316"_s, 7, u"2356"_s, RC::Nearby, 5},
        {u"保定"_s, u"Baoding"_s, u"河北省保定市"_s,
         {u"竞秀区"_s, u"莲池区"_s, u"满城区"_s, u"高碑店市"_s, u"涿州市"_s},
         u"0312"_s, 7, u"2356"_s, RC::Nearby, 5},
        {u"石家庄"_s, u"Shijiazhuang"_s, u"河北省石家庄市"_s,
         {u"长安区"_s, u"桥西区"_s, u"新华区"_s, u"裕华区"_s},
         u"0311"_s, 8, u"5668"_s, RC::OtherProvince, 4},
        {u"唐山"_s, u"Tangshan"_s, u"河北省唐山市"_s,
         {u"路北区"_s, u"路南区"_s, u"丰润区"_s, u"迁安市"_s},
         u"0315"_s, 7, u"235"_s, RC::OtherProvince, 3},
        {u"上海"_s, u"Shanghai"_s, u"上海市"_s,
         {u"浦东新区"_s, u"徐汇区"_s, u"闵行区"_s, u"静安区"_s, u"嘉定区"_s},
         u"021"_s, 8, u"5566"_s, RC::OtherProvince, 5},
        {u"济南"_s, u"Jinan"_s, u"山东省济南市"_s,
         {u"历下区"_s, u"市中区"_s, u"槐荫区"_s, u"历城区"_s},
         u"0531"_s, 8, u"8"_s, RC::OtherProvince, 3},
        {u"沈阳"_s, u"Shenyang"_s, u"辽宁省沈阳市"_s,
         {u"和平区"_s, u"沈河区"_s, u"铁西区"_s, u"浑南区"_s},
         u"024"_s, 8, u"28"_s, RC::OtherProvince, 3},
        {u"大连"_s, u"Dalian"_s, u"辽宁省大连市"_s,
         {u"中山区"_s, u"沙河口区"_s, u"甘井子区"_s},
         u"0411"_s, 8, u"8"_s, RC::OtherProvince, 2},
        {u"太原"_s, u"Taiyuan"_s, u"山西省太原市"_s,
         {u"小店区"_s, u"迎泽区"_s, u"杏花岭区"_s},
         u"0351"_s, 7, u"5"_s, RC::OtherProvince, 2},
        {u"郑州"_s, u"Zhengzhou"_s, u"河南省郑州市"_s,
         {u"金水区"_s, u"二七区"_s, u"中原区"_s, u"郑东新区"_s},
         u"0371"_s, 8, u"6"_s, RC::OtherProvince, 2},
        {u"呼和浩特"_s, u"Hohhot"_s, u"内蒙古自治区呼和浩特市"_s,
         {u"新城区"_s, u"赛罕区"_s, u"回民区"_s},
         u"0471"_s, 7, u"3"_s, RC::OtherProvince, 1},
    };
    return c;
}

const QList<Syllable> &tradeSyllables()
{
    static const QList<Syllable> s = {
        {u"华"_s, u"hua"_s}, {u"信"_s, u"xin"_s}, {u"宏"_s, u"hong"_s}, {u"达"_s, u"da"_s},
        {u"金"_s, u"jin"_s}, {u"诺"_s, u"nuo"_s}, {u"瑞"_s, u"rui"_s}, {u"丰"_s, u"feng"_s},
        {u"鼎"_s, u"ding"_s}, {u"盛"_s, u"sheng"_s}, {u"恒"_s, u"heng"_s}, {u"泰"_s, u"tai"_s},
        {u"祥"_s, u"xiang"_s}, {u"和"_s, u"he"_s}, {u"嘉"_s, u"jia"_s}, {u"兴"_s, u"xing"_s},
        {u"隆"_s, u"long"_s}, {u"源"_s, u"yuan"_s}, {u"鑫"_s, u"xin"_s}, {u"博"_s, u"bo"_s},
        {u"远"_s, u"yuan"_s}, {u"天"_s, u"tian"_s}, {u"海"_s, u"hai"_s}, {u"新"_s, u"xin"_s},
        {u"佳"_s, u"jia"_s}, {u"利"_s, u"li"_s}, {u"中"_s, u"zhong"_s}, {u"诚"_s, u"cheng"_s},
        {u"昌"_s, u"chang"_s}, {u"润"_s, u"run"_s}, {u"安"_s, u"an"_s}, {u"永"_s, u"yong"_s},
        {u"德"_s, u"de"_s}, {u"立"_s, u"li"_s}, {u"正"_s, u"zheng"_s}, {u"通"_s, u"tong"_s},
        {u"众"_s, u"zhong"_s}, {u"创"_s, u"chuang"_s}, {u"汇"_s, u"hui"_s}, {u"康"_s, u"kang"_s},
        {u"明"_s, u"ming"_s}, {u"晟"_s, u"sheng"_s}, {u"益"_s, u"yi"_s}, {u"腾"_s, u"teng"_s},
        {u"龙"_s, u"long"_s}, {u"凯"_s, u"kai"_s}, {u"富"_s, u"fu"_s}, {u"顺"_s, u"shun"_s},
        {u"誉"_s, u"yu"_s}, {u"维"_s, u"wei"_s}, {u"科"_s, u"ke"_s}, {u"宇"_s, u"yu"_s},
        {u"航"_s, u"hang"_s}, {u"广"_s, u"guang"_s}, {u"联"_s, u"lian"_s}, {u"峰"_s, u"feng"_s},
        {u"志"_s, u"zhi"_s}, {u"力"_s, u"li"_s}, {u"合"_s, u"he"_s}, {u"百"_s, u"bai"_s},
        {u"成"_s, u"cheng"_s}, {u"星"_s, u"xing"_s}, {u"东"_s, u"dong"_s}, {u"北"_s, u"bei"_s},
    };
    return s;
}

struct Industry {
    QString word;       ///< in the company name
    QString category;   ///< customers.industry
    QString en;         ///< in English names
};

const QList<Industry> &industries()
{
    static const QList<Industry> i = {
        {u"机械制造"_s, u"机械制造"_s, u"Machinery"_s},
        {u"食品"_s, u"食品加工"_s, u"Foods"_s},
        {u"医药"_s, u"医药"_s, u"Pharmaceutical"_s},
        {u"物流"_s, u"物流运输"_s, u"Logistics"_s},
        {u"建材"_s, u"建材"_s, u"Building Materials"_s},
        {u"电子科技"_s, u"电子"_s, u"Electronics"_s},
        {u"商贸"_s, u"商贸流通"_s, u"Trading"_s},
        {u"印务"_s, u"印刷包装"_s, u"Printing"_s},
        {u"汽车配件"_s, u"汽车零部件"_s, u"Auto Parts"_s},
        {u"化工"_s, u"化工"_s, u"Chemicals"_s},
        {u"服装"_s, u"纺织服装"_s, u"Apparel"_s},
        {u"环保科技"_s, u"环保"_s, u"Environmental Technology"_s},
        {u"建筑工程"_s, u"建筑施工"_s, u"Engineering"_s},
        {u"餐饮管理"_s, u"餐饮"_s, u"Catering"_s},
        {u"信息技术"_s, u"软件和信息技术服务"_s, u"Information Technology"_s},
        {u"新材料"_s, u"新材料"_s, u"Advanced Materials"_s},
        {u"农业发展"_s, u"农业"_s, u"Agritech"_s},
        {u"医疗器械"_s, u"医疗器械"_s, u"Medical Devices"_s},
        {u"仪器仪表"_s, u"仪器仪表"_s, u"Instruments"_s},
        {u"电气设备"_s, u"电气设备"_s, u"Electric"_s},
        {u"酒店管理"_s, u"酒店"_s, u"Hospitality"_s},
        {u"包装制品"_s, u"印刷包装"_s, u"Packaging"_s},
        {u"钢结构"_s, u"金属制品"_s, u"Steel Structures"_s},
        {u"家具"_s, u"家具制造"_s, u"Furniture"_s},
        {u"阀门"_s, u"通用设备"_s, u"Valve"_s},
        {u"精密模具"_s, u"模具制造"_s, u"Precision Tooling"_s},
    };
    return i;
}

const QStringList &foreignBrands()
{
    static const QStringList b = {u"Nordic"_s, u"Pacific"_s, u"Alpine"_s, u"Hanse"_s, u"Rhein"_s,
                                  u"Sakura"_s, u"Atlas"_s, u"Baltic"_s, u"Meridian"_s, u"Vista"_s,
                                  u"Helios"_s, u"Orion"_s, u"Kestrel"_s, u"Danube"_s, u"Maple"_s,
                                  u"Fjord"_s, u"Lumen"_s, u"Aurora"_s, u"Caledonia"_s, u"Tyrol"_s};
    return b;
}

const QList<Syllable> &surnames()
{
    static const QList<Syllable> s = {
        {u"王"_s, u"wang"_s}, {u"李"_s, u"li"_s}, {u"张"_s, u"zhang"_s}, {u"刘"_s, u"liu"_s},
        {u"陈"_s, u"chen"_s}, {u"杨"_s, u"yang"_s}, {u"赵"_s, u"zhao"_s}, {u"黄"_s, u"huang"_s},
        {u"周"_s, u"zhou"_s}, {u"吴"_s, u"wu"_s}, {u"徐"_s, u"xu"_s}, {u"孙"_s, u"sun"_s},
        {u"胡"_s, u"hu"_s}, {u"朱"_s, u"zhu"_s}, {u"高"_s, u"gao"_s}, {u"林"_s, u"lin"_s},
        {u"何"_s, u"he"_s}, {u"郭"_s, u"guo"_s}, {u"马"_s, u"ma"_s}, {u"罗"_s, u"luo"_s},
        {u"梁"_s, u"liang"_s}, {u"宋"_s, u"song"_s}, {u"郑"_s, u"zheng"_s}, {u"谢"_s, u"xie"_s},
        {u"韩"_s, u"han"_s}, {u"唐"_s, u"tang"_s}, {u"冯"_s, u"feng"_s}, {u"于"_s, u"yu"_s},
        {u"董"_s, u"dong"_s}, {u"萧"_s, u"xiao"_s}, {u"程"_s, u"cheng"_s}, {u"曹"_s, u"cao"_s},
        {u"袁"_s, u"yuan"_s}, {u"邓"_s, u"deng"_s}, {u"许"_s, u"xu"_s}, {u"傅"_s, u"fu"_s},
        {u"沈"_s, u"shen"_s}, {u"曾"_s, u"zeng"_s}, {u"彭"_s, u"peng"_s}, {u"吕"_s, u"lv"_s},
        {u"苏"_s, u"su"_s}, {u"卢"_s, u"lu"_s}, {u"蒋"_s, u"jiang"_s}, {u"蔡"_s, u"cai"_s},
        {u"贾"_s, u"jia"_s}, {u"丁"_s, u"ding"_s}, {u"魏"_s, u"wei"_s}, {u"薛"_s, u"xue"_s},
        {u"叶"_s, u"ye"_s}, {u"阎"_s, u"yan"_s}, {u"余"_s, u"yu"_s}, {u"潘"_s, u"pan"_s},
        {u"杜"_s, u"du"_s}, {u"戴"_s, u"dai"_s}, {u"夏"_s, u"xia"_s}, {u"钟"_s, u"zhong"_s},
        {u"汪"_s, u"wang"_s}, {u"田"_s, u"tian"_s}, {u"任"_s, u"ren"_s}, {u"姜"_s, u"jiang"_s},
        {u"范"_s, u"fan"_s}, {u"方"_s, u"fang"_s}, {u"石"_s, u"shi"_s}, {u"姚"_s, u"yao"_s},
        {u"谭"_s, u"tan"_s}, {u"廖"_s, u"liao"_s}, {u"邹"_s, u"zou"_s}, {u"熊"_s, u"xiong"_s},
        {u"金"_s, u"jin"_s}, {u"陆"_s, u"lu"_s}, {u"郝"_s, u"hao"_s}, {u"孔"_s, u"kong"_s},
        {u"白"_s, u"bai"_s}, {u"崔"_s, u"cui"_s}, {u"康"_s, u"kang"_s}, {u"毛"_s, u"mao"_s},
        {u"邱"_s, u"qiu"_s}, {u"秦"_s, u"qin"_s}, {u"江"_s, u"jiang"_s}, {u"史"_s, u"shi"_s},
        {u"顾"_s, u"gu"_s}, {u"侯"_s, u"hou"_s}, {u"邵"_s, u"shao"_s}, {u"孟"_s, u"meng"_s},
        {u"段"_s, u"duan"_s}, {u"钱"_s, u"qian"_s}, {u"汤"_s, u"tang"_s}, {u"尹"_s, u"yin"_s},
        {u"常"_s, u"chang"_s}, {u"武"_s, u"wu"_s}, {u"乔"_s, u"qiao"_s}, {u"贺"_s, u"he"_s},
        {u"龚"_s, u"gong"_s}, {u"文"_s, u"wen"_s}, {u"欧阳"_s, u"ouyang"_s}, {u"司马"_s, u"sima"_s},
    };
    return s;
}

const QList<Syllable> &givenNameChars()
{
    static const QList<Syllable> g = {
        {u"伟"_s, u"wei"_s}, {u"芳"_s, u"fang"_s}, {u"娜"_s, u"na"_s}, {u"敏"_s, u"min"_s},
        {u"静"_s, u"jing"_s}, {u"丽"_s, u"li"_s}, {u"强"_s, u"qiang"_s}, {u"磊"_s, u"lei"_s},
        {u"军"_s, u"jun"_s}, {u"洋"_s, u"yang"_s}, {u"勇"_s, u"yong"_s}, {u"艳"_s, u"yan"_s},
        {u"杰"_s, u"jie"_s}, {u"娟"_s, u"juan"_s}, {u"涛"_s, u"tao"_s}, {u"明"_s, u"ming"_s},
        {u"超"_s, u"chao"_s}, {u"秀"_s, u"xiu"_s}, {u"霞"_s, u"xia"_s}, {u"平"_s, u"ping"_s},
        {u"刚"_s, u"gang"_s}, {u"桂"_s, u"gui"_s}, {u"英"_s, u"ying"_s}, {u"华"_s, u"hua"_s},
        {u"建"_s, u"jian"_s}, {u"国"_s, u"guo"_s}, {u"文"_s, u"wen"_s}, {u"辉"_s, u"hui"_s},
        {u"玲"_s, u"ling"_s}, {u"鹏"_s, u"peng"_s}, {u"飞"_s, u"fei"_s}, {u"红"_s, u"hong"_s},
        {u"晓"_s, u"xiao"_s}, {u"燕"_s, u"yan"_s}, {u"宇"_s, u"yu"_s}, {u"浩"_s, u"hao"_s},
        {u"凯"_s, u"kai"_s}, {u"婷"_s, u"ting"_s}, {u"雪"_s, u"xue"_s}, {u"琳"_s, u"lin"_s},
        {u"欣"_s, u"xin"_s}, {u"佳"_s, u"jia"_s}, {u"颖"_s, u"ying"_s}, {u"博"_s, u"bo"_s},
        {u"志"_s, u"zhi"_s}, {u"海"_s, u"hai"_s}, {u"波"_s, u"bo"_s}, {u"春"_s, u"chun"_s},
        {u"梅"_s, u"mei"_s}, {u"丹"_s, u"dan"_s}, {u"萍"_s, u"ping"_s}, {u"蕾"_s, u"lei"_s},
        {u"倩"_s, u"qian"_s}, {u"俊"_s, u"jun"_s}, {u"斌"_s, u"bin"_s}, {u"鑫"_s, u"xin"_s},
        {u"宁"_s, u"ning"_s}, {u"琦"_s, u"qi"_s}, {u"昊"_s, u"hao"_s}, {u"然"_s, u"ran"_s},
        {u"睿"_s, u"rui"_s}, {u"晨"_s, u"chen"_s}, {u"阳"_s, u"yang"_s}, {u"薇"_s, u"wei"_s},
    };
    return g;
}

const QStringList &englishGivenNames()
{
    static const QStringList n = {u"Anna"_s, u"Lars"_s, u"Thomas"_s, u"Julia"_s, u"Peter"_s,
                                  u"Kenji"_s, u"Sophie"_s, u"Michael"_s, u"Erik"_s, u"Laura"_s};
    return n;
}
const QStringList &englishSurnames()
{
    static const QStringList n = {u"Schmidt"_s, u"Andersen"_s, u"Müller"_s, u"Larsen"_s, u"Weber"_s,
                                  u"Tanaka"_s, u"Martin"_s, u"Fischer"_s, u"Nilsson"_s, u"Brown"_s};
    return n;
}

const QStringList &roads()
{
    static const QStringList r = {
        u"建设路"_s, u"人民路"_s, u"解放路"_s, u"和平路"_s, u"新华路"_s, u"胜利路"_s, u"文化路"_s,
        u"光明路"_s, u"工业路"_s, u"科技路"_s, u"创业路"_s, u"迎宾路"_s, u"发展大道"_s,
        u"经济开发区东路"_s, u"学院南路"_s, u"北环路"_s, u"南三环西路"_s, u"东方路"_s,
        u"金融街"_s, u"朝阳北路"_s, u"知春路"_s, u"西四环中路"_s, u"长江道"_s, u"黄河路"_s,
        u"兴华大街"_s, u"永安路"_s, u"高新五路"_s, u"物流园路"_s, u"滨河路"_s, u"中山路"_s,
    };
    return r;
}

const QStringList &buildingWords()
{
    static const QStringList b = {u"大厦"_s, u"中心"_s, u"广场"_s, u"科技园"_s, u"国际大厦"_s};
    return b;
}

const QStringList &adminTitles()
{
    static const QStringList t = {u"信息主管"_s, u"财务经理"_s, u"IT主管"_s, u"ERP管理员"_s, u"主办会计"_s};
    return t;
}
const QStringList &otherTitles()
{
    static const QStringList t = {u"总经理"_s, u"财务经理"_s, u"会计"_s, u"财务总监"_s, u"出纳"_s,
                                  u"副总经理"_s, u"仓库主管"_s, u"行政主管"_s, u"采购经理"_s, u"会计"_s};
    return t;
}

const QStringList &mobilePrefixes()
{
    static const QStringList p = {u"130"_s, u"131"_s, u"132"_s, u"133"_s, u"134"_s, u"135"_s, u"136"_s,
                                  u"137"_s, u"138"_s, u"139"_s, u"150"_s, u"151"_s, u"152"_s, u"153"_s,
                                  u"155"_s, u"156"_s, u"157"_s, u"158"_s, u"159"_s, u"180"_s, u"181"_s,
                                  u"182"_s, u"183"_s, u"185"_s, u"186"_s, u"187"_s, u"188"_s, u"189"_s};
    return p;
}

// ------------------------------------------------------------------ the generator

/// Builds customers one by one from a seeded generator. Every random draw happens in its own
/// statement, so the sequence (and the data) is the same whatever the compiler.
class Generator
{
public:
    explicit Generator(quint32 seed) : m_rng(seed)
    {
        m_codeOffset = pick(90000000);
        m_dongleOffset = m_rng.generate();
        m_contractSeq = 100 + pick(400);
    }

    int pick(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    int between(int lo, int hi) { return lo + pick(hi - lo + 1); } ///< inclusive
    bool chance(int percent) { return pick(100) < percent; }
    template <typename T> const T &oneOf(const QList<T> &list) { return list.at(pick(int(list.size()))); }
    QString digits(int count)
    {
        QString s;
        s.reserve(count);
        for (int i = 0; i < count; ++i)
            s.append(QChar(u'0' + pick(10)));
        return s;
    }
    QDate dayBetween(const QDate &from, const QDate &to)
    {
        return from.addDays(pick(int(from.daysTo(to)) + 1));
    }

    /// The customer number `index` (0-based); also picks its account manager.
    Customer customer(int index, const QList<qint64> &accountManagerIds, qint64 &accountManagerId);

private:
    const City &city()
    {
        int total = 0;
        for (const City &c : cities())
            total += c.weight;
        int roll = pick(total);
        for (const City &c : cities()) {
            if (roll < c.weight)
                return c;
            roll -= c.weight;
        }
        return cities().first();
    }
    std::pair<QString, QString> tradeName() ///< (Chinese, pinyin)
    {
        const Syllable &a = oneOf(tradeSyllables());
        const Syllable *b = &oneOf(tradeSyllables());
        while (b->zh == a.zh)
            b = &oneOf(tradeSyllables());
        return {a.zh + b->zh, a.py + b->py};
    }
    QString uniquePhone(const std::function<QString()> &make)
    {
        for (;;) {
            QString phone = make();
            const QString key = CustomerRepository::phoneDigits(phone);
            if (!m_phones.contains(key)) {
                m_phones.insert(key);
                return phone;
            }
        }
    }
    QString mobile()
    {
        return uniquePhone([this] {
            const QString prefix = oneOf(mobilePrefixes());
            const QString middle = digits(4);
            const QString last = digits(4);
            if (chance(15))
                return prefix + u'-' + middle + u'-' + last;
            return prefix + middle + last;
        });
    }
    QString landline(const City &c)
    {
        return uniquePhone([this, &c] {
            const QChar first = c.localFirst.at(pick(int(c.localFirst.size())));
            const QString rest = digits(c.localDigits - 1);
            return c.areaCode + u'-' + first + rest;
        });
    }
    Contact contact(const City &c, const QString &domain, bool foreign, bool admin);
    QList<Contract> contracts(const QDate &purchased);
    PurchasedProduct product(int productIndex, const QDate &purchased);

    QRandomGenerator m_rng;
    QSet<QString> m_names;
    QSet<QString> m_phones;
    qint64 m_codeOffset = 0;
    quint32 m_dongleOffset = 0;
    int m_contractSeq = 0;
};

Contact Generator::contact(const City &c, const QString &domain, bool foreign, bool admin)
{
    Contact t;
    QString py;
    QString surnamePy;
    if (foreign && chance(30)) {
        const QString given = oneOf(englishGivenNames());
        const QString family = oneOf(englishSurnames());
        t.name = given + u' ' + family;
        py = given.toLower();
        surnamePy = family.toLower();
        surnamePy.replace(u"ü"_s, u"ue"_s);
    } else {
        const Syllable &s = oneOf(surnames());
        const Syllable &g1 = oneOf(givenNameChars());
        t.name = s.zh + g1.zh;
        py = g1.py;
        if (chance(65)) {
            const Syllable &g2 = oneOf(givenNameChars());
            t.name += g2.zh;
            py += g2.py;
        }
        surnamePy = s.py;
    }
    t.title = admin ? oneOf(adminTitles()) : oneOf(otherTitles());
    t.isAdmin = admin;

    const int mail = pick(100);
    if (mail < 60) {
        t.email = (chance(50) ? surnamePy + py : py + u'.' + surnamePy) + u'@' + domain;
    } else if (mail < 85) {
        t.email = QString::number(between(100000000, 1999999999)) + u"@qq.com"_s;
    } else {
        const QString number = QString::number(between(60, 99) + 1900);
        t.email = surnamePy + py + number + (chance(50) ? u"@163.com"_s : u"@126.com"_s);
    }
    const int im = pick(100);
    if (im < 50)
        t.im = u"QQ "_s + QString::number(between(10000000, 1999999999));
    else if (im < 90)
        t.im = u"微信 "_s + surnamePy + py + QString::number(between(1, 999));

    const bool mobileFirst = chance(75);
    const int phones = chance(55) ? 2 : 1;
    for (int i = 0; i < phones; ++i) {
        const bool isMobile = (i == 0) == mobileFirst;
        if (isMobile)
            t.phones.append({0, mobile(), u"mobile"_s});
        else
            t.phones.append({0, landline(c), u"office"_s});
    }
    return t;
}

QList<Contract> Generator::contracts(const QDate &purchased)
{
    static const QDate kFirstStart(2024, 1, 1);
    static const QDate kLastStart(2025, 12, 31);
    auto make = [this](const QString &type, const QDate &start, int months) {
        Contract k;
        k.type = type;
        k.startsOn = start;
        k.endsOn = start.addMonths(months).addDays(-1);
        k.warrantyMonths = 12;
        k.contractNo = u"FW%1-%2"_s.arg(start.year()).arg(++m_contractSeq, 5, 10, QChar(u'0'));
        if (type == u"SPS"_s) {
            k.freeUpgrade = true;
            k.onsiteIncluded = true;
            k.notes = u"SPS年度服务：免费升级至最新版本，热线/远程服务不限次，现场服务每年4次"_s;
        } else if (type == u"标准服务"_s) {
            k.onsiteIncluded = true;
            k.notes = u"标准服务：热线/远程服务不限次，现场服务每年2次，超出按次收费"_s;
        } else if (type == u"保修期内"_s) {
            k.notes = u"购买后12个月免费维护，期满转为收费服务"_s;
        } else {
            k.notes = u"按次收费：远程服务200元/次，现场服务800元/人天"_s;
        }
        return k;
    };
    static const QStringList kPaid = {u"SPS"_s, u"SPS"_s, u"SPS"_s, u"标准服务"_s, u"标准服务"_s,
                                      u"标准服务"_s, u"按次服务"_s, u"按次服务"_s};
    QList<Contract> out;
    if (purchased >= kFirstStart && chance(60)) {
        out.append(make(u"保修期内"_s, purchased, 12));
        if (chance(55)) {
            const QString next = chance(60) ? u"SPS"_s : u"标准服务"_s;
            out.append(make(next, out.last().endsOn.addDays(1), 12));
        }
        return out;
    }
    const QString type = oneOf(kPaid);
    const QDate start = dayBetween(kFirstStart, kLastStart);
    const int months = chance(15) ? 24 : 12;
    out.append(make(type, start, months));
    if (months == 12 && chance(35)) {
        const QString next = chance(70) ? type : u"SPS"_s;
        out.append(make(next, out.last().endsOn.addDays(1), 12));
    }
    return out;
}

PurchasedProduct Generator::product(int productIndex, const QDate &purchased)
{
    const ProductSeed &seed = productSeeds().at(productIndex);
    PurchasedProduct p;
    p.product = seed.name;
    p.productVersion = oneOf(seed.versions);
    // The first module (the ledger, or the product's core) and a few more, in catalogue order.
    const int extra = between(1, std::min(4, int(seed.modules.size()) - 1));
    QList<bool> take(seed.modules.size(), false);
    take[0] = true;
    for (int i = 0; i < extra; ++i)
        take[1 + pick(int(seed.modules.size()) - 1)] = true;
    QStringList modules;
    for (int i = 0; i < seed.modules.size(); ++i)
        if (take.at(i))
            modules << seed.modules.at(i);
    p.modules = modules.join(u',');
    p.licences = between(seed.minLicences, seed.maxLicences);
    p.purchasedOn = purchased;
    return p;
}

Customer Generator::customer(int index, const QList<qint64> &accountManagerIds, qint64 &accountManagerId)
{
    Customer c;
    const City &where = city();
    const Industry &trade = oneOf(industries());
    c.region = where.region;
    c.industry = trade.category;
    const bool foreign = chance(5);
    QString domain;
    QString tradeZh;
    for (int attempt = 0;; ++attempt) {
        if (foreign) {
            const QString brand = oneOf(foreignBrands());
            const int form = pick(4);
            QString suffix = u"Co., Ltd."_s;
            if (form == 1)
                suffix = u"(China) Co., Ltd."_s;
            else if (form == 2)
                suffix = u"Trading Co., Ltd."_s;
            c.name = where.en + u' ' + brand + u' ' + trade.en + u' ' + suffix;
            if (attempt > 20)
                c.name = where.en + u' ' + brand + u' ' + trade.en + u" No. "_s +
                         QString::number(attempt) + u' ' + suffix;
            domain = brand.toLower() + u"-cn.com"_s;
            tradeZh = brand;
        } else {
            const auto [zh, py] = tradeName();
            const int form = pick(100);
            const QString suffix = form < 70 ? u"有限公司"_s : form < 85 ? u"股份有限公司"_s : u"有限责任公司"_s;
            c.name = where.zh + zh + trade.word + suffix;
            if (attempt > 20)
                c.name = where.zh + zh + trade.word + suffix + u"（"_s + oneOf(where.districts) + u"分公司）"_s;
            const int tld = pick(3);
            domain = py + (tld == 0 ? u".com"_s : tld == 1 ? u".com.cn"_s : u".cn"_s);
            tradeZh = zh;
        }
        if (!m_names.contains(c.name))
            break;
    }
    m_names.insert(c.name);

    // Address: province/city, district, road and number, often a building and room.
    const QString district = oneOf(where.districts);
    const QString road = oneOf(roads());
    const int number = between(1, 299);
    c.address = where.addressPrefix + district + road + QString::number(number) + u'号';
    const int building = pick(100);
    if (building < 45) {
        const QString word = oneOf(buildingWords());
        const int floor = between(2, 28);
        const int room = between(1, 30);
        c.address += tradeZh + word + QString::number(floor) + u'层' + QString::number(floor * 100 + room) + u'室';
    } else if (building < 70) {
        const int block = between(1, 12);
        c.address += QString::number(block) + u"号楼"_s;
    } else if (building < 85) {
        const int plant = between(1, 20);
        c.address += u"工业园区"_s + QString::number(plant) + u"号厂房"_s;
    }

    c.keyCustomer = chance(8);
    c.vipChannel = chance(5);
    c.serviceCode = u"SC"_s + QString::number(10000000 + (m_codeOffset + qint64(index) * 48271) % 90000000);
    c.dongleNo = u"%1"_s.arg(quint32(index) * 2654435761u + m_dongleOffset, 8, 16, QChar(u'0')).toUpper();
    if (c.keyCustomer)
        c.notes = u"重点客户：响应优先，重大问题同步报告总经理"_s;
    else if (c.vipChannel)
        c.notes = u"VIP通道客户：可直接联系服务顾问"_s;

    const int contacts = between(1, 3);
    for (int i = 0; i < contacts; ++i)
        c.contacts.append(contact(where, domain, foreign, i == 0));

    // Products: one main product, sometimes an add-on.
    static const QList<std::pair<int, int>> kMain = {{U8Plus, 40}, {TPlus, 20}, {T3, 12}, {NcCloud, 8},
                                                    {YonSuite, 7}, {T6, 6}, {U8Hr, 4}, {GoldenTax, 3}};
    int roll = pick(100);
    int main = U8Plus;
    for (const auto &[product, weight] : kMain) {
        if (roll < weight) {
            main = product;
            break;
        }
        roll -= weight;
    }
    static const QDate kEarliest(2018, 1, 1);
    static const QDate kLatest(2025, 12, 31);
    const QDate purchased = chance(55) ? dayBetween(QDate(2024, 1, 1), kLatest) : dayBetween(kEarliest, kLatest);
    c.products.append(product(main, purchased));
    if (main != U8Hr && main != GoldenTax && chance(30)) {
        const int addOn = main == U8Plus && chance(60) ? U8Hr : GoldenTax;
        const QDate later = dayBetween(purchased, kLatest);
        c.products.append(product(addOn, later));
    }
    c.contracts = contracts(purchased);

    accountManagerId = accountManagerIds.isEmpty() ? 0 : accountManagerIds.at(pick(int(accountManagerIds.size())));
    return c;
}

// ------------------------------------------------------------------ writing

/// A statement prepared once and executed once per row with fresh bound values.
class Statement
{
public:
    Statement(const Database &db, const QString &sql) : m_query(db.sql())
    {
        m_query.setForwardOnly(true);
        m_ok = m_query.prepare(sql);
    }
    Status prepared() const
    {
        if (m_ok)
            return {};
        return std::unexpected(sqlError(m_query, QCoreApplication::translate("sd::core::DemoData", "The demo data could not be prepared")));
    }
    Status run(std::initializer_list<QVariant> values)
    {
        int i = 0;
        for (const QVariant &v : values)
            m_query.bindValue(i++, v);
        if (!m_query.exec())
            return std::unexpected(sqlError(m_query, QCoreApplication::translate("sd::core::DemoData", "The demo data could not be written")));
        return {};
    }
    Result<qint64> runReturningId(std::initializer_list<QVariant> values)
    {
        if (auto ok = run(values); !ok)
            return std::unexpected(ok.error());
        if (!m_query.next())
            return fail(ErrorCode::Database, QCoreApplication::translate("sd::core::DemoData", "The database returned no id for the new row."));
        const qint64 id = m_query.value(0).toLongLong();
        m_query.finish();
        return id;
    }

private:
    QSqlQuery m_query;
    bool m_ok = false;
};

QVariant nullableId(qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); }

} // namespace

QString demoPassword() { return u"demo1234"_s; }

const QList<DemoLogin> &demoLogins()
{
    static const QList<DemoLogin> logins = [] {
        static const QStringList shown = {u"admin"_s,  u"hotline1"_s, u"manager"_s, u"engineer1"_s,
                                          u"sales1"_s, u"firstvisit1"_s, u"implmgr"_s, u"pm1"_s,
                                          u"consultant1"_s, u"account1"_s, u"quality"_s, u"trainer"_s,
                                          u"gm"_s};
        QList<DemoLogin> out;
        for (const QString &login : shown)
            for (const StaffSeed &s : staffSeeds())
                if (s.login == login)
                    out.append({s.login, demoPassword(), s.displayName, s.roles.first()});
        return out;
    }();
    return logins;
}

Result<DemoOptions> demoOptionsFor(const Database &db, const Session *administrator, DemoOptions options)
{
    auto staff = db.scalar(u"SELECT COUNT(*) FROM staff"_s);
    if (!staff)
        return std::unexpected(staff.error());
    if (staff->toLongLong() == 0) {
        options.password = demoPassword();
        options.offerLogins = true;
        return options;
    }
    const QString action = QCoreApplication::translate("sd::core::DemoData", "Load demo data into a database in use");
    if (!administrator)
        return fail(ErrorCode::Forbidden,
                    QCoreApplication::translate("sd::core::DemoData", "This database already has staff accounts: demo data goes only into "
                                                "a new database, or is loaded by an administrator (--as)."));
    if (auto ok = requireRoles(db, *administrator, {Role::Administrator}, action, u"staff"_s); !ok)
        return std::unexpected(ok.error());
    // A password nobody knows in advance: letters and digits without look-alikes.
    static const QString alphabet = u"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString random;
    for (int i = 0; i < 16; ++i)
        random += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    options.password = random;
    options.offerLogins = false;
    return options;
}

Result<DemoReport> generateDemo(const Database &db, const DemoOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (options.customers < 0 || options.customers > 1000000)
        return failInvalid(u"customers"_s, QCoreApplication::translate("sd::core::DemoData", "The number of demo customers must be between 0 and 1,000,000."));
    {
        auto existing = db.scalar(u"SELECT COUNT(*) FROM customers"_s);
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->toLongLong() > 0)
            return failInvalid(u"customers"_s, QCoreApplication::translate("sd::core::DemoData", "The database already has customers; demo data can only be "
                                                  "loaded into an empty database."));
    }
    // Argon2id is slow by design: one hash serves every demo account.
    auto hashed = password::hash(options.password.isEmpty() ? demoPassword() : options.password);
    if (!hashed)
        return std::unexpected(hashed.error());

    // SQLite: a large page cache while loading, so the one big transaction does not spill pages
    // to the WAL and read them back (restored when done).
    struct CacheSize {
        const Database &db;
        QVariant before;
        ~CacheSize()
        {
            if (before.isValid())
                (void)db.execRaw(u"PRAGMA cache_size = %1"_s.arg(before.toLongLong()));
        }
    } cache{db, {}};
    if (db.dialect() == Dialect::SQLite && options.customers > 1000) {
        if (auto v = db.scalar(u"PRAGMA cache_size"_s); v && v->isValid()) {
            cache.before = *v;
            (void)db.execRaw(u"PRAGMA cache_size = -262144"_s); // 256 MiB
        }
    }

    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    // Checked again inside the write transaction, in case another client loaded meanwhile.
    auto existing = db.scalar(u"SELECT COUNT(*) FROM customers"_s);
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->toLongLong() > 0)
        return failInvalid(u"customers"_s, QCoreApplication::translate("sd::core::DemoData", "The database already has customers; demo data can only be "
                                              "loaded into an empty database."));

    DemoReport report;
    const qint64 now = Database::nowMs();

    // Departments (existing names are kept).
    QList<qint64> departmentIds;
    for (const DepartmentSeed &d : departmentSeeds()) {
        auto id = db.scalar(u"SELECT id FROM departments WHERE name = ?"_s, {d.name});
        if (!id)
            return std::unexpected(id.error());
        if (id->isValid() && !id->isNull()) {
            departmentIds << id->toLongLong();
            continue;
        }
        auto created = db.insertReturningId(
            u"INSERT INTO departments (name, name_en, version, created_at, created_by, updated_at, updated_by) "
            "VALUES (?, ?, 1, ?, NULL, ?, NULL)"_s,
            {d.name, d.nameEn, now, now});
        if (!created)
            return std::unexpected(created.error());
        departmentIds << *created;
        ++report.departments;
    }

    // Staff (existing logins are kept as they are).
    QHash<QString, qint64> staffIds;
    {
        Statement insertStaff(db, u"INSERT INTO staff (login, display_name, department_id, phone, email, region, "
                                  "skills, password_hash, active, version, created_at, created_by, updated_at, "
                                  "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, NULL, ?, NULL) RETURNING id"_s);
        Statement insertRole(db, u"INSERT INTO staff_roles (staff_id, role) VALUES (?, ?)"_s);
        if (auto ok = insertStaff.prepared(); !ok)
            return std::unexpected(ok.error());
        if (auto ok = insertRole.prepared(); !ok)
            return std::unexpected(ok.error());
        int n = 0;
        for (const StaffSeed &s : staffSeeds()) {
            ++n;
            auto id = db.scalar(u"SELECT id FROM staff WHERE login = ?"_s, {s.login});
            if (!id)
                return std::unexpected(id.error());
            if (id->isValid() && !id->isNull()) {
                staffIds.insert(s.login, id->toLongLong());
                continue;
            }
            auto created = insertStaff.runReturningId(
                {s.login, s.displayName, departmentIds.at(s.department), u"1391011%1"_s.arg(1000 + n),
                 s.login + u"@service-demo.cn"_s, s.region, s.skills, *hashed, now, now});
            if (!created)
                return std::unexpected(created.error());
            for (Role r : s.roles)
                if (auto ok = insertRole.run({*created, roleKey(r)}); !ok)
                    return std::unexpected(ok.error());
            staffIds.insert(s.login, *created);
            ++report.staff;
        }
    }
    for (int i = 0; i < departmentSeeds().size(); ++i) {
        const qint64 head = staffIds.value(departmentSeeds().at(i).headLogin);
        if (head > 0)
            if (auto q = db.exec(u"UPDATE departments SET head_id = ? WHERE id = ? AND head_id IS NULL"_s,
                                 {head, departmentIds.at(i)});
                !q)
                return std::unexpected(q.error());
    }

    // Who the records are created by: the administrator account.
    const qint64 actorId = staffIds.value(u"admin"_s);
    Session actor{actorId, u"admin"_s, {}, {Role::Administrator}};
    const QVariant actorVar = nullableId(actorId);

    QList<qint64> accountManagers;
    {
        auto q = db.exec(u"SELECT r.staff_id FROM staff_roles r JOIN staff s ON s.id = r.staff_id "
                         "WHERE r.role = ? AND s.active = 1 ORDER BY r.staff_id"_s,
                         {roleKey(Role::AccountManager)});
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            accountManagers << q->value(0).toLongLong();
    }

    // Product catalogue (existing names are kept).
    QHash<QString, qint64> productIds;
    for (const ProductSeed &p : productSeeds()) {
        auto id = db.scalar(u"SELECT id FROM products WHERE name = ?"_s, {p.name});
        if (!id)
            return std::unexpected(id.error());
        if (id->isValid() && !id->isNull()) {
            productIds.insert(p.name, id->toLongLong());
            continue;
        }
        auto created = db.insertReturningId(
            u"INSERT INTO products (name, vendor, modules, version, created_at, created_by, updated_at, updated_by) "
            "VALUES (?, ?, ?, 1, ?, ?, ?, ?)"_s,
            {p.name, p.vendor, p.modules.join(u','), now, actorVar, now, actorVar});
        if (!created)
            return std::unexpected(created.error());
        productIds.insert(p.name, *created);
        ++report.products;
    }

    // SQLite: filling the full-text index row by row through its trigger costs more than the
    // rest of the load; the trigger is set aside inside this transaction, the index filled in one
    // statement afterwards and the trigger recreated from its own text (all or nothing).
    QString ftsTrigger;
    if (db.dialect() == Dialect::SQLite && options.customers > 0) {
        auto sql = db.scalar(u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'customers_fts_ai'"_s);
        if (!sql)
            return std::unexpected(sql.error());
        ftsTrigger = sql->toString();
        if (!ftsTrigger.isEmpty())
            if (auto ok = db.execRaw(u"DROP TRIGGER customers_fts_ai"_s); !ok)
                return std::unexpected(ok.error());
    }

    // Customers.
    Statement insertCustomer(db, u"INSERT INTO customers (name, name_key, address, region_class, key_customer, vip_channel, "
                                 "service_code, dongle_no, industry, notes, account_manager_id, search_text, "
                                 "version, created_at, created_by, updated_at, updated_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id"_s);
    Statement insertContact(db, u"INSERT INTO contacts (customer_id, name, title, email, im, is_admin, version, "
                                "created_at, created_by, updated_at, updated_by) "
                                "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id"_s);
    Statement insertPhone(db, u"INSERT INTO contact_phones (contact_id, phone, digits, kind) VALUES (?, ?, ?, ?)"_s);
    Statement insertContract(db, u"INSERT INTO contracts (customer_id, contract_no, type, starts_on, ends_on, "
                                 "warranty_months, onsite_included, free_upgrade, notes, version, created_at, "
                                 "created_by, updated_at, updated_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"_s);
    Statement insertProduct(db, u"INSERT INTO customer_products (customer_id, product_id, product_version, modules, "
                                "licences, purchased_on, version, created_at, created_by, updated_at, updated_by) "
                                "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"_s);
    for (Statement *s : {&insertCustomer, &insertContact, &insertPhone, &insertContract, &insertProduct})
        if (auto ok = s->prepared(); !ok)
            return std::unexpected(ok.error());

    Generator gen(options.seed);
    for (int i = 0; i < options.customers; ++i) {
        qint64 accountManager = 0;
        const Customer c = gen.customer(i, accountManagers, accountManager);
        auto customerId = insertCustomer.runReturningId(
            {c.name, pinyin::sortKey(c.name), c.address, regionKey(c.region), c.keyCustomer ? 1 : 0, c.vipChannel ? 1 : 0, c.serviceCode,
             c.dongleNo, c.industry, c.notes, nullableId(accountManager), CustomerRepository::searchText(c), now, actorVar, now,
             actorVar});
        if (!customerId)
            return std::unexpected(customerId.error());
        ++report.customers;
        for (const Contact &t : c.contacts) {
            auto contactId = insertContact.runReturningId(
                {*customerId, t.name, t.title, t.email, t.im, t.isAdmin ? 1 : 0, now, actorVar, now, actorVar});
            if (!contactId)
                return std::unexpected(contactId.error());
            ++report.contacts;
            for (const ContactPhone &p : t.phones) {
                if (auto ok = insertPhone.run({*contactId, p.phone, CustomerRepository::phoneDigits(p.phone), p.kind});
                    !ok)
                    return std::unexpected(ok.error());
                ++report.phones;
            }
        }
        for (const Contract &k : c.contracts) {
            if (auto ok = insertContract.run({*customerId, k.contractNo, k.type, k.startsOn.toString(Qt::ISODate),
                                              k.endsOn.toString(Qt::ISODate), k.warrantyMonths,
                                              k.onsiteIncluded ? 1 : 0, k.freeUpgrade ? 1 : 0, k.notes, now,
                                              actorVar, now, actorVar});
                !ok)
                return std::unexpected(ok.error());
            ++report.contracts;
        }
        for (const PurchasedProduct &p : c.products) {
            if (auto ok = insertProduct.run({*customerId, productIds.value(p.product), p.productVersion, p.modules,
                                             p.licences, p.purchasedOn.toString(Qt::ISODate), now, actorVar, now,
                                             actorVar});
                !ok)
                return std::unexpected(ok.error());
            ++report.customerProducts;
        }
    }

    if (!ftsTrigger.isEmpty()) {
        if (auto ok = db.execRaw(u"INSERT INTO customer_fts (rowid, body) SELECT id, search_text FROM customers"_s); !ok)
            return std::unexpected(ok.error());
        if (auto ok = db.execRaw(ftsTrigger); !ok)
            return std::unexpected(ok.error());
    }

    // Tell the app to offer the demo logins (only those of a database made for the demo).
    const QString offered = options.offerLogins ? u"1"_s : QString(u""_s);
    auto hasSetting = db.scalar(u"SELECT COUNT(*) FROM settings WHERE key = ?"_s, {u"demo.logins"_s});
    if (!hasSetting)
        return std::unexpected(hasSetting.error());
    auto setting = hasSetting->toInt() > 0
        ? db.exec(u"UPDATE settings SET value = ?, version = version + 1, updated_at = ?, updated_by = ? "
                  "WHERE key = ?"_s,
                  {offered, now, actorVar, u"demo.logins"_s})
        : db.exec(u"INSERT INTO settings (key, value, version, created_at, created_by, updated_at, updated_by) "
                  "VALUES (?, ?, 1, ?, ?, ?, ?)"_s,
                  {u"demo.logins"_s, offered, now, actorVar, now, actorVar});
    if (!setting)
        return std::unexpected(setting.error());

    // Each workflow's records (first visits, calls, complaints …) on top of the customers.
    demo::DemoContext workflowContext{db, staffIds, departmentIds, now, options.seed, report.customers};
    if (auto ok = demo::generateWorkflowDemo(workflowContext, report.workflows); !ok)
        return std::unexpected(ok.error());

    const QString summary =
        u"seed %1: %2 staff, %3 departments, %4 products, %5 customers, %6 contacts, %7 phones, %8 contracts, "
        "%9 purchased products"_s.arg(options.seed)
            .arg(report.staff)
            .arg(report.departments)
            .arg(report.products)
            .arg(report.customers)
            .arg(report.contacts)
            .arg(report.phones)
            .arg(report.contracts)
            .arg(report.customerProducts);
    if (auto ok = audit::append(db, actor, u"customers"_s, 0, u"demo"_s, {}, QVariant(), summary); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    // Fresh statistics after a bulk load, so PostgreSQL's planner picks the indexes (PostgreSQL would
    // otherwise walk primary keys for the list's per-row lookups until autovacuum runs).
    if (db.dialect() == Dialect::PostgreSQL)
        (void)db.execRaw(u"ANALYZE"_s);
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace sd::core
